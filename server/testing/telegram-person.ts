import type { Db } from "@/server/db-client";
import type { telegramInboxHarness } from "./telegram-inbox";

type Harness = Awaited<ReturnType<typeof telegramInboxHarness>>;

/** One Telegram user writing to the harness's bot, and what the bot sent them back. */
export function telegramPerson(tg: Harness, db: Db, id: number) {
  const from = { id, first_name: "Пётр", language_code: "ru" };
  const chat = { id, type: "private" };
  const message = (fields: Record<string, unknown>) => tg.message({ from, chat, ...fields });
  const received = async (now?: Date) => {
    await tg.deliver(now);
    return tg.fake.delivered.filter((call) => call.fields.chat_id === String(id));
  };
  return {
    id,
    message,
    say: (text: string, now?: Date) => tg.post(message({ text }), { now }),
    share: (phone: string, userId: number | undefined) =>
      tg.post(message({ contact: { phone_number: phone, first_name: "Пётр", user_id: userId } })),
    press: (data: string) =>
      tg.post({
        update_id: Math.floor(Math.random() * 1e9),
        callback_query: { id: `cb${id}`, from, data, message: { message_id: 1, chat } },
      }),
    /** What the bot sent this person, after a relay and outbox pass at `now`. */
    received,
    texts: async (now?: Date) => (await received(now)).map((call) => String(call.fields.text ?? "")),
    lastText: async (now?: Date) => String((await received(now)).at(-1)?.fields.text ?? ""),
    contact: () => db.channelContact.findFirstOrThrow({ where: { externalId: String(id) } }),
  };
}
