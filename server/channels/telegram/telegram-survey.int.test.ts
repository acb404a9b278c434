/** The survey after a Telegram chat, button by button through the webhook, stored as the site survey stores it. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCaller } from "@/server/api/root";
import { followReviewLink } from "@/server/channels/review-link";
import { createStaff, staffPrincipal, testContext } from "@/server/testing/fixtures";
import { createTestDb, testDbLabel, type TestDb } from "@/server/testing/test-db";
import { telegramInboxHarness, TEST_SITE_URL } from "@/server/testing/telegram-inbox";
import { telegramPerson } from "@/server/testing/telegram-person";

let testDb: TestDb;
let tg: Awaited<ReturnType<typeof telegramInboxHarness>>;
let operator: ReturnType<typeof createCaller>;
beforeAll(async () => {
  testDb = await createTestDb();
  tg = await telegramInboxHarness(testDb.db);
  operator = createCaller(testContext(testDb.db, staffPrincipal(await createStaff(testDb.db, ["OPERATOR"]))));
});
afterAll(async () => {
  await tg.fake.close();
  await testDb.close();
});

type Key = { text: string; callback_data?: string; url?: string };

/** A person whose chat went to the queue and ended, answered by an operator or not; their survey has begun. */
async function surveyed(id: number, opts: { operatorReplies: boolean }) {
  const person = telegramPerson(tg, testDb.db, id);
  await person.say("позовите оператора");
  const { visitorToken } = await person.contact();
  const chat = await testDb.db.chat.findFirstOrThrow({ where: { visitorToken }, orderBy: { createdAt: "desc" } });
  if (opts.operatorReplies) {
    await operator.workspace.take({ chatId: chat.id });
    await operator.chat.send({ chatId: chat.id, text: "Здравствуйте!", clientId: `op-${chat.id}` });
    await operator.chat.close({ chatId: chat.id });
  } else await person.say("/end");
  const last = async () => (await person.received()).at(-1)!;
  /** The buttons of the last message the bot sent this person. */
  const keys = async () =>
    ((await last()).fields.reply_markup as { inline_keyboard: Key[][] } | undefined)?.inline_keyboard.flat() ?? [];
  const press = async (label: string) => person.press((await keys()).find((k) => k.text === label)!.callback_data!);
  const rating = () => testDb.db.rating.findUnique({ where: { chatId: chat.id } });
  return { person, chat, keys, press, rating, lastText: async () => String((await last()).fields.text) };
}

describe(`Telegram survey (${testDbLabel()})`, () => {
  it("stores each answer at once, once: a repeated or hand-made press changes nothing", async () => {
    const s = await surveyed(7001, { operatorReplies: true });
    expect(await s.lastText()).toBe("Ваш вопрос решён?");
    expect((await s.keys()).map((k) => k.text)).toEqual(["Да", "Нет"]);
    const yes = (await s.keys())[0]!.callback_data!;
    await s.person.press(yes);
    expect(await s.rating()).toMatchObject({ resolved: true, cesScore: null, score: null });
    expect(await s.lastText()).toMatch(/^Насколько легко/);
    expect((await s.keys()).map((k) => k.text)).toEqual(["1", "2", "3", "4", "5", "6", "7"]);
    const sentBefore = (await s.person.received()).length;
    await s.person.press(yes);
    await s.person.press(yes.replace(":yes", ":no"));
    // Out of the scale, or a question of another kind: refused, nothing stored, nothing sent.
    await s.person.press(`sv:${s.chat.id}:ces:9`);
    await s.person.press(`sv:${s.chat.id}:csi:0`);
    await s.person.press(`sv:${s.chat.id}:nps:11`);
    expect((await s.person.received()).length).toBe(sentBefore);
    expect(await s.rating()).toMatchObject({ resolved: true, cesScore: null, score: null, npsScore: null });
    const ces = (await s.keys()).find((k) => k.text === "3")!.callback_data!;
    await s.person.press(ces);
    await s.person.press(ces);
    expect(await s.lastText()).toMatch(/работу оператора от 1 до 5/);
    expect((await s.person.received()).length).toBe(sentBefore + 1);
    expect(await s.rating()).toMatchObject({ resolved: true, cesScore: 3 });
    // Another person cannot answer this chat's questions with its data.
    await telegramPerson(tg, testDb.db, 7099).press(`sv:${s.chat.id}:csi:1`);
    expect((await s.rating())!.score).toBeNull();
  });

  it("asks no CSI when no operator replied, and answers to it are refused", async () => {
    const s = await surveyed(7002, { operatorReplies: false });
    expect(await s.lastText()).toBe("Ваш вопрос решён?");
    await s.press("Да");
    await s.press("6");
    expect(await s.lastText()).toMatch(/От 0 до 10/);
    await s.person.press(`sv:${s.chat.id}:csi:5`);
    await s.press("8");
    expect(await s.lastText()).toMatch(/Напишите комментарий/);
    expect(await s.rating()).toMatchObject({ resolved: true, cesScore: 6, score: null, npsScore: 8, operatorId: null });
  });

  it("asks NPS at most once in 30 days across a person's chats", async () => {
    const first = await surveyed(7003, { operatorReplies: true });
    for (const label of ["Да", "7", "4", "7", "Пропустить"]) await first.press(label);
    expect((await first.rating())!.npsScore).toBe(7);
    const second = await surveyed(7003, { operatorReplies: true });
    expect(second.chat.id).not.toBe(first.chat.id);
    for (const label of ["Да", "7", "4"]) await second.press(label);
    expect(await second.lastText()).toMatch(/Напишите комментарий/);
    await second.person.press(`sv:${second.chat.id}:nps:10`);
    expect(await second.rating()).toMatchObject({ resolved: true, cesScore: 7, score: 4, npsScore: null });
  });

  it("invites a promoter to the review platforms with link buttons that count the click", async () => {
    const platform = await testDb.db.reviewPlatform.create({ data: { name: "2ГИС", url: "https://2gis.ru/firm/1" } });
    const s = await surveyed(7004, { operatorReplies: true });
    for (const label of ["Да", "6", "5", "Пропустить"]) await s.press(label);
    // CSI 5 with the question resolved is a promoter even with NPS skipped; the comment is asked after.
    const sent = await s.person.received();
    const invitation = sent.at(-2)!;
    expect(invitation.fields.text).toBe("Спасибо! Будем рады, если вы оставите отзыв о нас:");
    const [link] = (invitation.fields.reply_markup as { inline_keyboard: Key[][] }).inline_keyboard.flat();
    expect(link!.text).toBe("Оставить отзыв: 2ГИС");
    const url = new URL(link!.url!);
    expect(url.origin + url.pathname).toBe(`${TEST_SITE_URL}/api/channels/review/${s.chat.id}/${platform.id}`);
    expect(await s.lastText()).toMatch(/Напишите комментарий/);
    const follow = (signature: string | null) =>
      followReviewLink(testDb.db, tg.secretsKey, { chatId: s.chat.id, platformId: platform.id, signature });
    expect(await follow("forged")).toBeNull();
    expect(await follow(url.searchParams.get("signature"))).toBe(platform.url);
    expect(await follow(url.searchParams.get("signature"))).toBe(platform.url);
    const rating = await testDb.db.rating.findUniqueOrThrow({ where: { chatId: s.chat.id } });
    expect(rating).toMatchObject({ resolved: true, cesScore: 6, score: 5, npsScore: null });
    expect(rating.reviewInvitedAt).not.toBeNull();
    expect(await testDb.db.reviewClick.count({ where: { ratingId: rating.id } })).toBe(1);
    expect(await testDb.db.followUp.findUnique({ where: { chatId: s.chat.id } })).toBeNull();
    // A skip pressed again asks nothing twice.
    const count = (await s.person.received()).length;
    await s.person.press(`sv:${s.chat.id}:nps:skip`);
    expect((await s.person.received()).length).toBe(count);
    await testDb.db.reviewPlatform.delete({ where: { id: platform.id } });
  });

  it("raises a follow-up on the first detractor answer, and invites nobody", async () => {
    await testDb.db.reviewPlatform.create({ data: { name: "Отзовик", url: "https://otzovik.com/1" } });
    const s = await surveyed(7005, { operatorReplies: true });
    await s.press("Нет");
    expect(await testDb.db.followUp.findUniqueOrThrow({ where: { chatId: s.chat.id } })).toMatchObject({
      reason: "LOW_RATING",
      state: "OPEN",
    });
    for (const label of ["2", "5", "3"]) await s.press(label);
    expect(await s.lastText()).toMatch(/Напишите комментарий/);
    const texts = (await s.person.received()).map((c) => String(c.fields.text));
    expect(texts.some((text) => text.includes("отзыв"))).toBe(false);
    expect(await s.rating()).toMatchObject({ resolved: false, cesScore: 2, score: 5, npsScore: 3 });
    expect(await testDb.db.followUp.count({ where: { chatId: s.chat.id } })).toBe(1);
  });

  it("asks nothing while the chat is open, and in English a person whose Telegram speaks English", async () => {
    const person = telegramPerson(tg, testDb.db, 7006);
    const from = { id: 7006, first_name: "Ann", language_code: "en" };
    await tg.post(person.message({ text: "/start", from }));
    // No survey while the chat is open, whatever the button data says.
    const open = await testDb.db.chat.findFirstOrThrow({
      where: { visitorToken: (await person.contact()).visitorToken },
    });
    const greeted = (await person.received()).length;
    await person.press(`sv:${open.id}:nps:skip`);
    await person.press(`sv:${open.id}:res:yes`);
    expect((await person.received()).length).toBe(greeted);
    expect(await testDb.db.rating.count({ where: { chatId: open.id } })).toBe(0);
    await tg.post(person.message({ text: "/end", from }));
    expect(await person.lastText()).toBe("Did the bot solve your question?");
  });
});
