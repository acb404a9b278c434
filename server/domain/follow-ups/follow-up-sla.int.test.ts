import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, testDbLabel, type TestDb } from "@/server/testing/test-db";
import { createStaff, createSubscriber, staffPrincipal, subscriberPrincipal } from "@/server/testing/fixtures";
import { callerAs, causeCode } from "@/server/testing/callers";
import type { StaffPrincipal } from "@/server/auth/principal";

let testDb: TestDb;
let supervisor: StaffPrincipal;
let operator: Awaited<ReturnType<typeof createStaff>>;
const HOUR = 3_600_000;

beforeAll(async () => {
  testDb = await createTestDb();
  supervisor = staffPrincipal(await createStaff(testDb.db, ["SUPERVISOR"])) as StaffPrincipal;
  operator = await createStaff(testDb.db, ["OPERATOR"]);
});
afterAll(() => testDb.close());

/** A subscriber's chat with an operator, ended and answered as a detractor through the survey. */
async function detractor() {
  const created = await createSubscriber(testDb.db, { balance: 5_000 });
  const account = await testDb.db.subscriberAccount.update({
    where: { id: created.id },
    data: { email: `${created.accountNumber}@example.test` },
  });
  const chat = await testDb.db.chat.create({
    data: {
      accountId: account.id,
      state: "CLOSED",
      queuedAt: new Date(),
      operatorId: operator.id,
      firstResponseAt: new Date(),
      closedAt: new Date(),
      messages: {
        create: [
          { seq: 1, author: "SUBSCRIBER", text: "Не работает интернет" },
          { seq: 2, author: "OPERATOR", text: "Проверяю" },
        ],
      },
    },
  });
  await callerAs(testDb.db, subscriberPrincipal(account)).chat.rate({
    chatId: chat.id,
    resolved: false,
    cesScore: 2,
    score: 2,
    npsScore: 4,
  });
  const followUp = await testDb.db.followUp.findUniqueOrThrow({ where: { chatId: chat.id } });
  return { account, chat, followUp };
}

const balanceOf = async (accountId: string) =>
  (await testDb.db.ledgerEntry.aggregate({ where: { accountId }, _sum: { amount: true } }))._sum.amount;

describe(`follow-ups with an SLA (${testDbLabel()})`, () => {
  it("goes open → in progress → resolved with a compensation credited to the ledger, once", async () => {
    const { account, chat, followUp } = await detractor();
    const as = callerAs(testDb.db, supervisor);
    expect(followUp.state).toBe("OPEN");
    await as.followUps.take({ followUpId: followUp.id });
    expect(await causeCode(as.followUps.take({ followUpId: followUp.id }))).toBe("CONFLICT");
    const details = await as.followUps.get({ followUpId: followUp.id });
    expect(details).toMatchObject({
      state: "IN_PROGRESS",
      takenByName: expect.any(String),
      rating: { resolved: false, cesScore: 2, score: 2, npsScore: 4 },
      account: { accountNumber: account.accountNumber, balanceKopecks: 5_000 },
    });
    expect(details.transcript.map((m) => m.text)).toEqual(["Не работает интернет", "Проверяю"]);
    expect(details.dueAt!.getTime() - details.createdAt.getTime()).toBe(24 * HOUR);

    const result = await as.followUps.resolve({
      followUpId: followUp.id,
      comment: "Извинились, начислили компенсацию",
      outcome: "COMPENSATED",
      compensationRub: 100,
      notifySubscriber: true,
    });
    expect(result.notified).toBe(true);
    expect(await balanceOf(account.id)).toBe(15_000);
    const stored = await testDb.db.followUp.findUniqueOrThrow({
      where: { id: followUp.id },
      include: { ledgerEntry: true },
    });
    expect(stored).toMatchObject({ state: "RESOLVED", outcome: "COMPENSATED", notifiedAt: expect.any(Date) });
    expect(stored.ledgerEntry).toMatchObject({
      type: "ADJUSTMENT",
      amount: 10_000,
      textCode: "FOLLOW_UP_COMPENSATION",
    });
    // The subscriber (no messenger) is told by e-mail through the outbox.
    expect(await testDb.db.outboxMessage.count({ where: { recipient: account.email ?? "" } })).toBe(
      account.email ? 1 : 0,
    );
    expect(
      await causeCode(
        as.followUps.resolve({
          followUpId: followUp.id,
          comment: "Ещё раз",
          outcome: "COMPENSATED",
          compensationRub: 100,
        }),
      ),
    ).toBe("CONFLICT");
    expect(await balanceOf(account.id)).toBe(15_000);
    expect((await as.followUps.list({ status: "resolved" })).items.find((f) => f.chat?.id === chat.id)).toMatchObject({
      compensationRub: 100,
      outcome: "COMPENSATED",
    });
  });

  it("refuses a compensation over the limit, without the outcome, or for a visitor; nothing is credited", async () => {
    const { account, followUp } = await detractor();
    const as = callerAs(testDb.db, supervisor);
    const tries = [
      { outcome: "COMPENSATED" as const, compensationRub: 501 },
      { outcome: "COMPENSATED" as const },
      { outcome: "EXPLAINED" as const, compensationRub: 50 },
      { state: "UNREACHABLE" as const, outcome: "EXPLAINED" as const },
    ];
    for (const input of tries)
      expect(await causeCode(as.followUps.resolve({ followUpId: followUp.id, comment: "Перезвонили", ...input }))).toBe(
        "INVALID_INPUT",
      );
    expect(
      await causeCode(as.followUps.resolve({ followUpId: followUp.id, comment: "Перезвонили", compensationRub: 0.5 })),
    ).toBe("BAD_REQUEST");
    const visitorChat = await testDb.db.chat.create({
      data: { visitorToken: "v-follow-up", state: "CLOSED", queuedAt: new Date(), closedAt: new Date() },
    });
    const visitorFollowUp = await testDb.db.followUp.create({ data: { chatId: visitorChat.id, reason: "MISSED" } });
    expect(
      await causeCode(
        as.followUps.resolve({
          followUpId: visitorFollowUp.id,
          comment: "Перезвонили",
          outcome: "COMPENSATED",
          compensationRub: 100,
        }),
      ),
    ).toBe("INVALID_INPUT");
    expect(await balanceOf(account.id)).toBe(5_000);
    expect((await testDb.db.followUp.findUniqueOrThrow({ where: { id: followUp.id } })).resolvedAt).toBeNull();
    await as.followUps.resolve({ followUpId: followUp.id, comment: "Не дозвонились трижды", state: "UNREACHABLE" });
    expect(await testDb.db.followUp.findUniqueOrThrow({ where: { id: followUp.id } })).toMatchObject({
      state: "UNREACHABLE",
      outcome: null,
    });
  });

  it("counts and lists the overdue ones: open past the due time", async () => {
    const { followUp } = await detractor();
    const as = callerAs(testDb.db, supervisor);
    const before = (await as.followUps.list({ status: "overdue" })).overdue;
    await testDb.db.followUp.update({ where: { id: followUp.id }, data: { dueAt: new Date(Date.now() - HOUR) } });
    const list = await as.followUps.list({ status: "overdue" });
    expect(list.overdue).toBe(before + 1);
    expect(list.items.find((f) => f.id === followUp.id)).toMatchObject({ overdue: true });
    expect((await as.followUps.list({ status: "open" })).overdue).toBe(list.overdue);
  });

  it("is closed to operators", async () => {
    const { followUp } = await detractor();
    const as = callerAs(testDb.db, staffPrincipal(operator));
    expect(await causeCode(as.followUps.get({ followUpId: followUp.id }))).toBe("FORBIDDEN");
    expect(await causeCode(as.followUps.take({ followUpId: followUp.id }))).toBe("FORBIDDEN");
  });
});
