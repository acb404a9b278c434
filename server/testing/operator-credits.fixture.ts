// Five chats on 12 May 2026 (Moscow) played through the live chat code with fixed clocks, so the rows carry
// exactly what the product records when operators hand chats on, miss the SLA and get rated. SLA 60 s.
// Times are seconds after each chat entered the queue; every chat ends before the next one starts.
import type { Db } from "@/server/db-client";
import type { StaffUser } from "@/server/generated/prisma/client";
import type { ChatParty } from "@/server/domain/chat/chat-party";
import { startChat } from "@/server/domain/chat/start-chat";
import { escalateChat } from "@/server/domain/chat/escalate-chat";
import { takeChat } from "@/server/domain/chat/take-chat";
import { sendChatMessage } from "@/server/domain/chat/send-message";
import { transferChat } from "@/server/domain/chat/assignment/transfer-chat";
import { expireResponseSla } from "@/server/domain/chat/assignment/expire-response-sla";
import { closeChat } from "@/server/domain/chat/close-chat";
import { rateChat } from "@/server/domain/chat/rate-chat";
import { createStaff, createSubscriber } from "./fixtures";
import { recordingPublisher } from "./recording-publisher";
import { getChatSendLimiter } from "@/server/chat-limiters";

export const CREDITS_SLA_SECONDS = 60;
export const CREDITS_DAY = "2026-05-12";
export const CREDITS_NOW = new Date("2026-05-12T18:00:00Z");
const events = recordingPublisher();
let sent = 0;

async function operator(db: Db, fullName: string) {
  const staff = await createStaff(db, ["OPERATOR"]);
  return db.staffUser.update({ where: { id: staff.id }, data: { fullName } });
}

const staffParty = (staff: StaffUser): ChatParty => ({ kind: "staff", staffId: staff.id, roles: staff.roles });

/** A support chat handed from the bot to the queue at `queuedAt`, and the clock of its life from then on. */
async function queuedChat(db: Db, queuedAt: string) {
  const start = new Date(queuedAt);
  const at = (seconds: number) => new Date(start.getTime() + seconds * 1000);
  const account = await createSubscriber(db);
  const owner: ChatParty = { kind: "subscriber", accountId: account.id };
  const chat = await startChat(db, events, { party: owner, kind: "SUPPORT", channel: "WEB", locale: "ru", now: at(0) });
  await escalateChat(db, events, chat.id, "ASKED", at(0));
  const chatId = chat.id;
  return {
    id: chatId,
    take: (by: StaffUser, s: number) => takeChat(db, events, { chatId, staffId: by.id, now: at(s) }),
    answer: (by: StaffUser, s: number) =>
      sendChatMessage(
        db,
        { events: events, limiter: getChatSendLimiter() },
        {
          party: staffParty(by),
          chatId,
          text: "Здравствуйте!",
          clientId: `c${++sent}`,
          now: at(s),
        },
      ),
    transfer: (by: StaffUser, to: StaffUser, s: number) =>
      transferChat(db, events, {
        chatId,
        by: { staffId: by.id, roles: by.roles },
        toOperatorId: to.id,
        note: "",
        now: at(s),
      }),
    sla: (s: number) => expireResponseSla(db, events, { slaSeconds: CREDITS_SLA_SECONDS, now: at(s) }),
    close: (by: StaffUser | null, s: number) =>
      closeChat(db, events, { party: by ? staffParty(by) : owner, chatId, now: at(s) }),
    rate: (score: number, npsScore: number, s: number) =>
      rateChat(db, { party: owner, chatId, score, npsScore, now: at(s) }),
  };
}

export async function seedOperatorCredits(db: Db) {
  const anna = await operator(db, "Анна Первая");
  const boris = await operator(db, "Борис Второй");
  const vera = await operator(db, "Вера Третья");

  // A. Transferred: Anna takes it at 10 s and answers at 20 s, hands it to Boris at 100 s; he closes it at 400 s, rated 5.
  const a = await queuedChat(db, "2026-05-12T07:00:00Z");
  await a.take(anna, 10);
  await a.answer(anna, 20);
  await a.transfer(anna, boris, 100);
  await a.close(boris, 400);
  await a.rate(5, 10, 420);

  // B. Re-offered: Vera takes it at 5 s and stays silent; missed at the SLA while she holds it, passed over at 66 s.
  // Anna takes it at 70 s, answers at 80 s, closes at 300 s; rated 2.
  const b = await queuedChat(db, "2026-05-12T08:00:00Z");
  await b.take(vera, 5);
  await b.sla(61);
  await b.sla(66);
  await b.take(anna, 70);
  await b.answer(anna, 80);
  await b.close(anna, 300);
  await b.rate(2, 3, 320);

  // C. Late by its only holder: Boris takes it at 30 s, still silent at the SLA, answers at 90 s, closes at 210 s; rated 3.
  const c = await queuedChat(db, "2026-05-12T09:00:00Z");
  await c.take(boris, 30);
  await c.sla(61);
  await c.answer(boris, 90);
  await c.close(boris, 210);
  await c.rate(3, 6, 230);

  // D. Missed in the queue, nobody holding it: Boris takes it at 62 s, answers at 65 s, closes at 182 s; rated 4.
  const d = await queuedChat(db, "2026-05-12T10:00:00Z");
  await d.sla(61);
  await d.take(boris, 62);
  await d.answer(boris, 65);
  await d.close(boris, 182);
  await d.rate(4, 8, 200);

  // E. Ended unanswered: Anna takes it at 5 s, the subscriber leaves at 20 s; not rated.
  const e = await queuedChat(db, "2026-05-12T11:00:00Z");
  await e.take(anna, 5);
  await e.close(null, 20);

  return { anna, boris, vera, chats: { a: a.id, b: b.id, c: c.id, d: d.id, e: e.id } };
}
