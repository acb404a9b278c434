import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, testDbLabel, type TestDb } from "@/server/testing/test-db";
import { createStaff, createSubscriber, subscriberPrincipal } from "@/server/testing/fixtures";
import { callerAs, causeCode } from "@/server/testing/callers";
import type { Principal } from "@/server/auth/principal";
import { rateChat } from "@/server/domain/chat/rate-chat";
import { appErrorOf } from "@/server/testing/app-error-of";

let testDb: TestDb;
let operator: Awaited<ReturnType<typeof createStaff>>;
const as = (principal: Principal | null, visitorSessionKey?: string) =>
  callerAs(testDb.db, principal, visitorSessionKey);
const DAY = 86_400_000;

beforeAll(async () => {
  testDb = await createTestDb();
  operator = await createStaff(testDb.db, ["OPERATOR"]);
});
afterAll(() => testDb.close());

/**
 * A chat as the chat domain leaves it when it ends: answered by an operator (escalated), queued but ended before
 * anyone answered (unanswered), or with the bot only.
 */
async function endedChat(
  accountId: string,
  opts: { escalated?: boolean; unanswered?: boolean; state?: "CLOSED" | "ASSIGNED" } = {},
) {
  const escalated = opts.escalated ?? true;
  const answered = escalated && !opts.unanswered;
  return testDb.db.chat.create({
    data: {
      accountId,
      state: opts.state ?? "CLOSED",
      queuedAt: escalated ? new Date() : null,
      operatorId: answered ? operator.id : null,
      firstResponseAt: answered ? new Date() : null,
      closedAt: opts.state === "ASSIGNED" ? null : new Date(),
    },
  });
}

async function subscriber() {
  const account = await createSubscriber(testDb.db);
  return { account, caller: as(subscriberPrincipal(account)) };
}

describe(`survey after a contact (${testDbLabel()})`, () => {
  it("keeps partial answers, takes the rest later, and refuses a question answered twice", async () => {
    const { caller, account } = await subscriber();
    const chat = await endedChat(account.id);
    expect(await caller.chat.survey({ chatId: chat.id })).toEqual({
      open: true,
      dismissed: false,
      askScore: true,
      askNps: true,
    });
    await caller.chat.rate({ chatId: chat.id, resolved: true, cesScore: 6 });
    expect(await testDb.db.rating.findUniqueOrThrow({ where: { chatId: chat.id } })).toMatchObject({
      resolved: true,
      cesScore: 6,
      score: null,
      npsScore: null,
      respondent: `account:${account.id}`,
      operatorId: operator.id,
    });
    await caller.chat.rate({ chatId: chat.id, score: 4, comment: "  спасибо  " });
    expect(await causeCode(caller.chat.rate({ chatId: chat.id, cesScore: 2 }))).toBe("ALREADY_RATED");
    expect(await causeCode(caller.chat.rate({ chatId: chat.id, resolved: false, npsScore: 8 }))).toBe("ALREADY_RATED");
    expect(await testDb.db.rating.findUniqueOrThrow({ where: { chatId: chat.id } })).toMatchObject({
      resolved: true,
      cesScore: 6,
      score: 4,
      npsScore: null,
      comment: "спасибо",
    });
    expect(await testDb.db.rating.count({ where: { chatId: chat.id } })).toBe(1);
    expect((await testDb.db.chat.findUniqueOrThrow({ where: { id: chat.id } })).state).toBe("RATED");
  });

  it("refuses answers outside their scales, empty answers, CSI without an operator, and chats not ended", async () => {
    const { caller, account } = await subscriber();
    const chat = await endedChat(account.id);
    for (const input of [
      { cesScore: 0 },
      { cesScore: 8 },
      { score: 6 },
      { npsScore: 11 },
      { npsScore: -1 },
      { cesScore: 2.5 },
    ])
      expect(await causeCode(caller.chat.rate({ chatId: chat.id, ...input }))).toBe("BAD_REQUEST");
    // The domain checks the same, for callers other than the API (a messenger).
    const error = await appErrorOf(
      rateChat(testDb.db, { party: { kind: "subscriber", accountId: account.id }, chatId: chat.id, cesScore: 9 }),
    );
    expect([error.code, error.details]).toEqual(["INVALID_INPUT", { field: "cesScore" }]);
    expect(await causeCode(caller.chat.rate({ chatId: chat.id }))).toBe("INVALID_INPUT");
    const open = await endedChat(account.id, { state: "ASSIGNED" });
    expect(await causeCode(caller.chat.rate({ chatId: open.id, resolved: true }))).toBe("CHAT_CLOSED");
    expect(await testDb.db.rating.count({ where: { chatId: { in: [chat.id, open.id] } } })).toBe(0);
  });

  it("asks and takes CSI only where an operator took part: not after the bot alone, nor after an unanswered queue", async () => {
    const { caller, account } = await subscriber();
    for (const opts of [{ escalated: false }, { unanswered: true }]) {
      const chat = await endedChat(account.id, opts);
      expect(await caller.chat.survey({ chatId: chat.id })).toMatchObject({ open: true, askScore: false });
      expect(await causeCode(caller.chat.rate({ chatId: chat.id, score: 5, resolved: true }))).toBe(
        "NO_OPERATOR_TO_RATE",
      );
      expect(await testDb.db.rating.count({ where: { chatId: chat.id } })).toBe(0);
      // The rest of the survey is still taken.
      await caller.chat.rate({ chatId: chat.id, resolved: true, cesScore: 6 });
      expect(await testDb.db.rating.findUniqueOrThrow({ where: { chatId: chat.id } })).toMatchObject({
        score: null,
        resolved: true,
        cesScore: 6,
        operatorId: null,
      });
    }
    const answered = await endedChat(account.id);
    expect((await caller.chat.survey({ chatId: answered.id })).askScore).toBe(true);
  });

  it("refuses answers for someone else's chat, or for a chat that does not exist", async () => {
    const owner = await subscriber();
    const stranger = await subscriber();
    const chat = await endedChat(owner.account.id);
    expect(await causeCode(stranger.caller.chat.rate({ chatId: chat.id, resolved: false }))).toBe("NOT_FOUND");
    expect(await causeCode(as(null, "visitor-session-1").chat.rate({ chatId: chat.id, cesScore: 1 }))).toBe(
      "NOT_FOUND",
    );
    expect(await causeCode(stranger.caller.chat.dismissSurvey({ chatId: chat.id }))).toBe("NOT_FOUND");
    expect(await causeCode(stranger.caller.chat.survey({ chatId: chat.id }))).toBe("NOT_FOUND");
    expect(await causeCode(owner.caller.chat.rate({ chatId: "c00000000000000000000000", resolved: true }))).toBe(
      "NOT_FOUND",
    );
    expect(await testDb.db.rating.count({ where: { chatId: chat.id } })).toBe(0);
  });

  it("asks NPS at most once per 30 days per subscriber, across chats", async () => {
    const { caller, account } = await subscriber();
    const first = await endedChat(account.id);
    await caller.chat.rate({ chatId: first.id, npsScore: 9 });
    const second = await endedChat(account.id);
    expect((await caller.chat.survey({ chatId: second.id })).askNps).toBe(false);
    expect(await causeCode(caller.chat.rate({ chatId: second.id, npsScore: 10 }))).toBe("INVALID_INPUT");
    await caller.chat.rate({ chatId: second.id, cesScore: 7 });
    // 31 days later it is due again.
    await testDb.db.rating.update({ where: { chatId: first.id }, data: { npsAt: new Date(Date.now() - 31 * DAY) } });
    const third = await endedChat(account.id);
    expect((await caller.chat.survey({ chatId: third.id })).askNps).toBe(true);
    await caller.chat.rate({ chatId: third.id, npsScore: 10 });
    expect((await testDb.db.rating.findUniqueOrThrow({ where: { chatId: third.id } })).npsScore).toBe(10);
  });

  it("can be dismissed once; then it is not asked again and answers are refused", async () => {
    const { caller, account } = await subscriber();
    const chat = await endedChat(account.id);
    await caller.chat.dismissSurvey({ chatId: chat.id });
    expect(await caller.chat.survey({ chatId: chat.id })).toMatchObject({
      open: false,
      dismissed: true,
      askNps: false,
    });
    expect(await causeCode(caller.chat.rate({ chatId: chat.id, resolved: true }))).toBe("ALREADY_RATED");
    expect(await causeCode(caller.chat.dismissSurvey({ chatId: chat.id }))).toBe("ALREADY_RATED");
    expect(await testDb.db.rating.findUniqueOrThrow({ where: { chatId: chat.id } })).toMatchObject({
      dismissedAt: expect.any(Date),
      resolved: null,
      score: null,
    });
  });

  it("raises a follow-up with a due time for a detractor, and invites a promoter to the review platforms", async () => {
    const platform = await testDb.db.reviewPlatform.create({
      data: { name: "Яндекс Карты", url: "https://yandex.ru/maps/org/1" },
    });
    const unhappy = await subscriber();
    const chat = await endedChat(unhappy.account.id);
    const before = Date.now();
    expect(
      await unhappy.caller.chat.rate({ chatId: chat.id, resolved: false, cesScore: 2, score: 2, npsScore: 4 }),
    ).toEqual({
      followUp: true,
      reviewPlatforms: [],
    });
    const followUp = await testDb.db.followUp.findUniqueOrThrow({ where: { chatId: chat.id } });
    expect(followUp).toMatchObject({ reason: "LOW_RATING", state: "OPEN" });
    expect(followUp.dueAt!.getTime() - followUp.createdAt.getTime()).toBe(24 * 3_600_000);
    expect(followUp.createdAt.getTime()).toBeGreaterThanOrEqual(before);

    // Resolved = no alone is enough, even on a bot-only chat ("did the bot help?" no).
    const botChat = await endedChat(unhappy.account.id, { escalated: false });
    await unhappy.caller.chat.rateBot({ chatId: botChat.id, helped: false });
    expect(await testDb.db.followUp.findUnique({ where: { chatId: botChat.id } })).not.toBeNull();
    expect(await testDb.db.chat.findUniqueOrThrow({ where: { id: botChat.id } })).toMatchObject({ botHelped: false });

    // CSI 5 with the question resolved invites even with NPS skipped; the click is counted once per platform.
    const happy = await subscriber();
    const good = await endedChat(happy.account.id);
    const outcome = await happy.caller.chat.rate({ chatId: good.id, resolved: true, score: 5 });
    expect(outcome).toEqual({
      followUp: false,
      reviewPlatforms: [{ id: platform.id, name: "Яндекс Карты", url: platform.url }],
    });
    await happy.caller.chat.reviewClick({ chatId: good.id, platformId: platform.id });
    await happy.caller.chat.reviewClick({ chatId: good.id, platformId: platform.id });
    expect(await testDb.db.reviewClick.count({ where: { platformId: platform.id } })).toBe(1);
    // Nobody else records a click, and a chat never invited cannot.
    expect(await causeCode(unhappy.caller.chat.reviewClick({ chatId: good.id, platformId: platform.id }))).toBe(
      "NOT_FOUND",
    );
    expect(await causeCode(unhappy.caller.chat.reviewClick({ chatId: chat.id, platformId: platform.id }))).toBe(
      "NOT_FOUND",
    );
    expect(await testDb.db.followUp.findUnique({ where: { chatId: good.id } })).toBeNull();
    await testDb.db.reviewPlatform.delete({ where: { id: platform.id } });
  });
});
