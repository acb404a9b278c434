import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, testDbLabel, type TestDb } from "@/server/testing/test-db";
import {
  createStaff,
  createSubscriber,
  staffPrincipal,
  subscriberPrincipal,
  testContext,
} from "@/server/testing/fixtures";
import { recordingPublisher } from "@/server/testing/recording-publisher";
import { seedHelpCentre } from "@/prisma/seed/help-centre";
import { createCaller } from "@/server/api/root";
import type { Principal } from "@/server/auth/principal";

let testDb: TestDb;
let n = 0;
const clientId = () => `client-${String(++n).padStart(8, "0")}`;
const as = (principal: Principal | null, visitorSessionKey?: string) => {
  const ctx = testContext(testDb.db, principal);
  return createCaller({ ...ctx, visitorSessionKey: visitorSessionKey ?? ctx.visitorSessionKey });
};
const causeCode = (p: Promise<unknown>) =>
  p.then(
    () => "ok",
    (e: { cause?: { code?: string }; code?: string }) => e.cause?.code ?? e.code,
  );

beforeAll(async () => {
  testDb = await createTestDb();
  await seedHelpCentre(testDb.db);
});
afterAll(() => testDb.close());

async function subscriberChat() {
  const account = await createSubscriber(testDb.db, { balance: 10_000 });
  const caller = as(subscriberPrincipal(account));
  const chat = await caller.chat.start({ kind: "SUPPORT", page: "tariffs" });
  return { account, caller, chat };
}

describe(`chat lifecycle (${testDbLabel()})`, () => {
  it("opens with the bot, and a second start returns the same open chat", async () => {
    const { caller, chat } = await subscriberChat();
    expect(chat.state).toBe("BOT");
    expect((await caller.chat.start({ kind: "SUPPORT" })).id).toBe(chat.id);
    const { messages } = await caller.chat.messages({ chatId: chat.id, afterSeq: 0 });
    expect(messages).toEqual([expect.objectContaining({ seq: 1, author: "BOT" })]);
  });

  it("answers from the help centre with articles and quick replies, with Russian morphology", async () => {
    const { caller, chat } = await subscriberChat();
    await caller.chat.send({ chatId: chat.id, text: "как подключить роуминг", clientId: clientId() });
    const { messages } = await caller.chat.messages({ chatId: chat.id, afterSeq: 1 });
    const answer = messages.find((m) => m.author === "BOT")!;
    expect(answer.payload?.articles?.length).toBeGreaterThan(0);
    expect(answer.payload?.articles?.length).toBeLessThanOrEqual(3);
    expect(answer.payload?.quickReplies).toContain("Позвать оператора");
    expect((await caller.chat.current())?.chat.state).toBe("BOT");
  });

  it("hands over when asked, carrying the escalation context and the bot transcript", async () => {
    const account = await createSubscriber(testDb.db, { balance: 100 });
    const caller = as(subscriberPrincipal(account));
    const { intentId } = await caller.hints.escalate({
      page: "tariffs",
      failedAction: "tariff.change",
      errorCode: "INSUFFICIENT_FUNDS",
      hintIds: [],
    });
    const chat = await caller.chat.start({ kind: "SUPPORT", intentId });
    const greeting = (await caller.chat.messages({ chatId: chat.id, afterSeq: 0 })).messages[0]!;
    // The error's own sentence, its full stop not doubled by the greeting's.
    expect(greeting.text).toContain("не получилось: Недостаточно средств на балансе. Опишите");
    await caller.chat.send({ chatId: chat.id, text: "Позовите человека, пожалуйста", clientId: clientId() });
    const stored = await testDb.db.chat.findUniqueOrThrow({ where: { id: chat.id } });
    expect(stored.state).toBe("QUEUED");
    expect(stored.queuedAt).not.toBeNull();
    expect(stored.context).toMatchObject({
      page: "tariffs",
      failedAction: "tariff.change",
      errorCode: "INSUFFICIENT_FUNDS",
      handoverReason: "ASKED",
      botTranscript: [
        expect.objectContaining({ author: "BOT" }),
        expect.objectContaining({ author: "SUBSCRIBER", text: "Позовите человека, пожалуйста" }),
      ],
    });
    expect((await testDb.db.escalationIntent.findUniqueOrThrow({ where: { id: intentId } })).chatId).toBe(chat.id);
    const current = await caller.chat.current();
    expect(current?.queue).toMatchObject({ position: expect.any(Number), operatorsOnline: 1 });
  });

  it("gives an already open chat the context of a later 'Ask in chat'", async () => {
    const { caller, chat } = await subscriberChat();
    const { intentId } = await caller.hints.escalate({
      page: "options",
      failedAction: "option.connect",
      errorCode: "OPTION_CONFLICT",
      hintIds: [],
    });
    expect((await caller.chat.start({ kind: "SUPPORT", intentId })).id).toBe(chat.id);
    expect((await testDb.db.chat.findUniqueOrThrow({ where: { id: chat.id } })).context).toMatchObject({
      page: "options",
      errorCode: "OPTION_CONFLICT",
    });
    expect((await testDb.db.escalationIntent.findUniqueOrThrow({ where: { id: intentId } })).chatId).toBe(chat.id);
  });

  it("hands over when nothing is found, and after two answers that did not help", async () => {
    const first = await subscriberChat();
    await first.caller.chat.send({ chatId: first.chat.id, text: "ыыыы щщщщ", clientId: clientId() });
    expect((await testDb.db.chat.findUniqueOrThrow({ where: { id: first.chat.id } })).context).toMatchObject({
      handoverReason: "NOTHING_FOUND",
    });

    const second = await subscriberChat();
    await second.caller.chat.send({ chatId: second.chat.id, text: "не помогло", clientId: clientId() });
    expect((await testDb.db.chat.findUniqueOrThrow({ where: { id: second.chat.id } })).state).toBe("BOT");
    await second.caller.chat.send({ chatId: second.chat.id, text: "всё равно не помогло", clientId: clientId() });
    expect((await testDb.db.chat.findUniqueOrThrow({ where: { id: second.chat.id } })).context).toMatchObject({
      handoverReason: "BOT_MISSES",
    });
  });

  it("runs the whole loop: take, answer, close, rate; one rating; a low one raises a follow-up", async () => {
    const { caller, chat } = await subscriberChat();
    await caller.chat.send({ chatId: chat.id, text: "оператор", clientId: clientId() });
    const operator = await createStaff(testDb.db, ["OPERATOR"]);
    const other = await createStaff(testDb.db, ["OPERATOR"]);
    const asOperator = as(staffPrincipal(operator));
    expect((await asOperator.workspace.queue()).map((c) => c.id)).toContain(chat.id);
    await asOperator.workspace.take({ chatId: chat.id });
    expect(await causeCode(as(staffPrincipal(other)).workspace.take({ chatId: chat.id }))).toBe("CHAT_ALREADY_TAKEN");
    expect(
      await causeCode(as(staffPrincipal(other)).chat.send({ chatId: chat.id, text: "чужой", clientId: clientId() })),
    ).toBe("NOT_FOUND");

    const reply = await asOperator.chat.send({ chatId: chat.id, text: "Здравствуйте! Помогу.", clientId: clientId() });
    expect(reply.author).toBe("OPERATOR");
    const assigned = await testDb.db.chat.findUniqueOrThrow({ where: { id: chat.id } });
    expect(assigned.firstResponseAt).not.toBeNull();
    await asOperator.chat.close({ chatId: chat.id });
    expect(await causeCode(caller.chat.send({ chatId: chat.id, text: "ещё", clientId: clientId() }))).toBe(
      "CHAT_CLOSED",
    );

    const platform = await testDb.db.reviewPlatform.create({ data: { name: "2ГИС", url: "https://2gis.ru/reviews" } });
    expect(await caller.chat.rate({ chatId: chat.id, score: 5, npsScore: 10 })).toEqual({
      reviewPlatforms: [{ id: platform.id, name: "2ГИС", url: "https://2gis.ru/reviews" }],
      followUp: false,
    });
    expect(await causeCode(caller.chat.rate({ chatId: chat.id, score: 1 }))).toBe("ALREADY_RATED");

    const low = await subscriberChat();
    await low.caller.chat.send({ chatId: low.chat.id, text: "оператор", clientId: clientId() });
    await asOperator.workspace.take({ chatId: low.chat.id });
    await asOperator.chat.send({ chatId: low.chat.id, text: "Ответ", clientId: clientId() });
    await low.caller.chat.close({ chatId: low.chat.id });
    expect(await low.caller.chat.rate({ chatId: low.chat.id, score: 2, comment: "долго" })).toEqual({
      reviewPlatforms: [],
      followUp: true,
    });
    expect(await testDb.db.followUp.findUniqueOrThrow({ where: { chatId: low.chat.id } })).toMatchObject({
      reason: "LOW_RATING",
    });
  });

  it("marks an escalated chat that ended without a human reply as missed", async () => {
    const { caller, chat } = await subscriberChat();
    await caller.chat.send({ chatId: chat.id, text: "оператор", clientId: clientId() });
    await caller.chat.close({ chatId: chat.id });
    expect(await testDb.db.chat.findUniqueOrThrow({ where: { id: chat.id } })).toMatchObject({
      isMissed: true,
      state: "CLOSED",
    });
    expect(await testDb.db.followUp.findUniqueOrThrow({ where: { chatId: chat.id } })).toMatchObject({
      reason: "MISSED",
    });
    // Queued but never answered: no operator took part, so there is no CSI; the rest of the survey stays.
    expect((await caller.chat.survey({ chatId: chat.id })).askScore).toBe(false);
    expect(await causeCode(caller.chat.rate({ chatId: chat.id, score: 1, resolved: false }))).toBe(
      "NO_OPERATOR_TO_RATE",
    );
    await caller.chat.rate({ chatId: chat.id, resolved: false, cesScore: 2 });
    expect(await testDb.db.rating.findUniqueOrThrow({ where: { chatId: chat.id } })).toMatchObject({
      score: null,
      resolved: false,
      cesScore: 2,
    });
  });

  it("asks bot-only chats whether the bot helped instead of rating an operator", async () => {
    const { caller, chat } = await subscriberChat();
    await caller.chat.close({ chatId: chat.id });
    expect(await causeCode(caller.chat.rate({ chatId: chat.id, score: 5 }))).toBe("NO_OPERATOR_TO_RATE");
    await caller.chat.rateBot({ chatId: chat.id, helped: true });
    expect(await testDb.db.chat.findUniqueOrThrow({ where: { id: chat.id } })).toMatchObject({
      botHelped: true,
      state: "RATED",
      isMissed: false,
    });
  });

  it("keeps other people out of a chat and refuses bad messages", async () => {
    const { chat, caller } = await subscriberChat();
    const stranger = as(subscriberPrincipal(await createSubscriber(testDb.db)));
    expect(await causeCode(stranger.chat.messages({ chatId: chat.id, afterSeq: 0 }))).toBe("NOT_FOUND");
    expect(await causeCode(stranger.chat.send({ chatId: chat.id, text: "hi", clientId: clientId() }))).toBe(
      "NOT_FOUND",
    );
    expect(await causeCode(stranger.chat.close({ chatId: chat.id }))).toBe("NOT_FOUND");
    expect(
      await causeCode(as(null, "22222222-2222-4222-8222-222222222222").chat.messages({ chatId: chat.id, afterSeq: 0 })),
    ).toBe("NOT_FOUND");
    expect(await causeCode(caller.chat.send({ chatId: chat.id, text: "x".repeat(4_001), clientId: clientId() }))).toBe(
      "BAD_REQUEST",
    );
    expect(await causeCode(caller.chat.send({ chatId: chat.id, text: "   ", clientId: clientId() }))).toBe(
      "BAD_REQUEST",
    );
  });

  it("stores a resent message once and numbers parallel messages without gaps", async () => {
    const { caller, chat } = await subscriberChat();
    await caller.chat.send({ chatId: chat.id, text: "оператор", clientId: clientId() });
    const id = clientId();
    const [a, b] = await Promise.all([
      caller.chat.send({ chatId: chat.id, text: "раз", clientId: id }),
      caller.chat.send({ chatId: chat.id, text: "раз", clientId: id }),
    ]);
    expect(a.id).toBe(b.id);
    // The first send was published and stamped delivered; a later resend returns the stored message.
    const stored = await testDb.db.chatMessage.findUniqueOrThrow({ where: { id: a.id } });
    expect([a.deliveredAt, b.deliveredAt]).toContain(stored.deliveredAt!.toISOString());
    expect(await caller.chat.send({ chatId: chat.id, text: "раз", clientId: id })).toMatchObject({
      id: a.id,
      seq: stored.seq,
      deliveredAt: stored.deliveredAt!.toISOString(),
    });
    await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        caller.chat.send({ chatId: chat.id, text: `сообщение ${i}`, clientId: clientId() }),
      ),
    );
    const seqs = (await caller.chat.messages({ chatId: chat.id, afterSeq: 0 })).messages.map((m) => m.seq);
    expect(seqs).toEqual(Array.from({ length: seqs.length }, (_, i) => i + 1));
  });

  it("lets a visitor chat under their browser session, with a phone only with consent", async () => {
    const visitor = as(null, "33333333-3333-4333-8333-333333333333");
    expect(
      await causeCode(visitor.chat.start({ kind: "SUPPORT", visitor: { phone: "+7 900 123-45-67", consent: false } })),
    ).toBe("INVALID_INPUT");
    const chat = await visitor.chat.start({
      kind: "SALES",
      topic: "Домашний интернет 500",
      visitor: { name: "Ольга", phone: "8 900 123-45-67", consent: true },
    });
    expect(chat.state).toBe("QUEUED");
    expect(await testDb.db.chat.findUniqueOrThrow({ where: { id: chat.id } })).toMatchObject({
      visitorPhone: "+79001234567",
      visitorName: "Ольга",
      kind: "SALES",
    });
  });

  it("never lets two operators exceed their limit or take one chat twice (2 × 20 parallel takes)", async () => {
    const chats: Array<{ id: string }> = [];
    for (let i = 0; i < 20; i++) {
      // Twenty people, each from an address of their own: one address may open only so many chats an hour.
      const visitor = createCaller({
        ...testContext(testDb.db, null),
        ip: `198.51.100.${i + 1}`,
        visitorSessionKey: `44444444-4444-4444-8444-${String(i).padStart(12, "0")}`,
      });
      chats.push(await visitor.chat.start({ kind: "SALES", topic: "Тест" }));
    }
    const operators = [await createStaff(testDb.db, ["OPERATOR"]), await createStaff(testDb.db, ["OPERATOR"])];
    const events = recordingPublisher();
    const attempts = operators.flatMap((op) =>
      chats.map((chat) =>
        createCaller({ ...testContext(testDb.db, staffPrincipal(op)), realtime: events })
          .workspace.take({ chatId: chat.id })
          .then(
            () => op.id,
            () => null,
          ),
      ),
    );
    const winners = (await Promise.all(attempts)).filter(Boolean);
    expect(winners).toHaveLength(8);
    for (const op of operators)
      expect(await testDb.db.chat.count({ where: { operatorId: op.id, state: "ASSIGNED" } })).toBe(4);
    expect(
      new Set(
        (await testDb.db.chat.findMany({ where: { operatorId: { in: operators.map((o) => o.id) } } })).map((c) => c.id),
      ).size,
    ).toBe(8);
  });
});
