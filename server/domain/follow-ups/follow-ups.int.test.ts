import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createTestDb, testDbLabel, type TestDb } from "@/server/testing/test-db";
import { createStaff, createSubscriber, staffPrincipal, testContext } from "@/server/testing/fixtures";
import { appErrorOf } from "@/server/testing/app-error-of";
import { createCaller } from "@/server/api/root";
import type { Principal, StaffPrincipal } from "@/server/auth/principal";
import { FOLLOW_UPS_PAGE_SIZE } from "./list-follow-ups";
import { resolveFollowUp } from "./resolve-follow-up";

let testDb: TestDb;
let supervisor: StaffPrincipal;
let admin: StaffPrincipal;
let operator: Awaited<ReturnType<typeof createStaff>>;
let account: { id: string; accountNumber: string; fullName: string };
const as = (principal: Principal) => createCaller(testContext(testDb.db, principal));
const causeCode = (p: Promise<unknown>) =>
  p.then(
    () => "ok",
    (e: { cause?: { code?: string }; code?: string }) => e.cause?.code ?? e.code,
  );
const minutesAgo = (m: number) => new Date(Date.now() - m * 60_000);

beforeAll(async () => {
  testDb = await createTestDb();
  supervisor = staffPrincipal(await createStaff(testDb.db, ["SUPERVISOR"])) as StaffPrincipal;
  admin = staffPrincipal(await createStaff(testDb.db, ["ADMIN"])) as StaffPrincipal;
  operator = await createStaff(testDb.db, ["OPERATOR"]);
  account = await createSubscriber(testDb.db);
});
afterAll(() => testDb.close());
beforeEach(async () => {
  await testDb.db.followUp.deleteMany();
});

/** A follow-up as the chat domain leaves it: a closed, escalated chat, rated low or missed. */
async function followUp(opts: {
  reason: "LOW_RATING" | "MISSED";
  at: Date;
  visitor?: boolean;
  score?: number;
  comment?: string;
}) {
  const chat = await testDb.db.chat.create({
    data: {
      state: opts.score ? "RATED" : "CLOSED",
      kind: opts.visitor ? "SALES" : "SUPPORT",
      topic: opts.visitor ? "Домашний интернет" : "Роуминг",
      ...(opts.visitor ? { visitorName: "Анна", visitorPhone: "+79990001122" } : { accountId: account.id }),
      operatorId: opts.reason === "LOW_RATING" ? operator.id : null,
      queuedAt: opts.at,
      closedAt: opts.at,
      isMissed: opts.reason === "MISSED",
      ...(opts.score
        ? { rating: { create: { score: opts.score, comment: opts.comment ?? null, createdAt: opts.at } } }
        : {}),
    },
  });
  return testDb.db.followUp.create({ data: { chatId: chat.id, reason: opts.reason, createdAt: opts.at } });
}

describe(`follow-ups (${testDbLabel()})`, () => {
  it("lists open ones newest first, with who the subscriber is, the rating and the operator", async () => {
    const older = await followUp({ reason: "LOW_RATING", at: minutesAgo(30), score: 2, comment: "долго ждал" });
    const newer = await followUp({ reason: "MISSED", at: minutesAgo(5), visitor: true });
    const list = await as(supervisor).followUps.list({});
    expect(list).toMatchObject({ total: 2, page: 1, pages: 1 });
    expect(list.items.map((f) => f.id)).toEqual([newer.id, older.id]);
    expect(list.items[1]).toMatchObject({
      reason: "LOW_RATING",
      chat: { kind: "SUPPORT", topic: "Роуминг" },
      subscriber: { accountNumber: account.accountNumber, fullName: account.fullName },
      visitor: null,
      rating: { score: 2, comment: "долго ждал" },
      operatorName: operator.fullName,
      resolution: null,
    });
    expect(list.items[0]).toMatchObject({
      reason: "MISSED",
      chat: { kind: "SALES", topic: "Домашний интернет" },
      subscriber: null,
      visitor: { name: "Анна", phone: "+79990001122" },
      rating: null,
      operatorName: null,
    });
  });

  it("filters by open / resolved / all and by reason", async () => {
    const low = await followUp({ reason: "LOW_RATING", at: minutesAgo(20), score: 1 });
    const missed = await followUp({ reason: "MISSED", at: minutesAgo(10) });
    const done = await followUp({ reason: "MISSED", at: minutesAgo(40) });
    await as(admin).followUps.resolve({ followUpId: done.id, comment: "Перезвонили" });
    const ids = async (input: Parameters<ReturnType<typeof as>["followUps"]["list"]>[0]) =>
      (await as(supervisor).followUps.list(input)).items.map((f) => f.id);

    expect(await ids({ status: "open" })).toEqual([missed.id, low.id]);
    expect(await ids({ status: "resolved" })).toEqual([done.id]);
    expect(await ids({ status: "all" })).toEqual([missed.id, low.id, done.id]);
    expect(await ids({ status: "open", reason: "MISSED" })).toEqual([missed.id]);
    expect(await ids({ status: "all", reason: "LOW_RATING" })).toEqual([low.id]);
    const [resolved] = (await as(supervisor).followUps.list({ status: "resolved" })).items;
    expect(resolved?.resolution).toMatchObject({
      at: expect.any(Date),
      byName: expect.stringMatching(/\S/),
      comment: "Перезвонили",
    });
  });

  it("pages by 25, and a page past the end shows the last one", async () => {
    const total = FOLLOW_UPS_PAGE_SIZE + 3;
    for (let i = 0; i < total; i++) await followUp({ reason: "MISSED", at: minutesAgo(100 - i) });
    const first = await as(supervisor).followUps.list({ status: "all" });
    expect(first).toMatchObject({ total, page: 1, pages: 2 });
    expect(first.items).toHaveLength(FOLLOW_UPS_PAGE_SIZE);
    const second = await as(supervisor).followUps.list({ status: "all", page: 2 });
    expect(second.items).toHaveLength(3);
    expect(new Set([...first.items, ...second.items].map((f) => f.id)).size).toBe(total);
    expect((await as(supervisor).followUps.list({ status: "all", page: 50 })).page).toBe(2);
  });

  it("resolves once, with a trimmed comment and an audit entry; twice is a conflict", async () => {
    const open = await followUp({ reason: "LOW_RATING", at: minutesAgo(3), score: 3 });
    await as(supervisor).followUps.resolve({ followUpId: open.id, comment: "  Извинились, начислили бонус  " });
    expect(await testDb.db.followUp.findUniqueOrThrow({ where: { id: open.id } })).toMatchObject({
      resolvedAt: expect.any(Date),
      resolvedById: supervisor.staffId,
      comment: "Извинились, начислили бонус",
    });
    expect(
      await testDb.db.auditLogEntry.findFirstOrThrow({ where: { action: "follow_up.resolve", entityId: open.id } }),
    ).toMatchObject({
      actorKind: "STAFF",
      actorStaffId: supervisor.staffId,
      subjectAccountId: account.id,
      entityType: "FollowUp",
      details: expect.objectContaining({ reason: "LOW_RATING" }),
    });
    expect(await causeCode(as(admin).followUps.resolve({ followUpId: open.id, comment: "Ещё раз" }))).toBe("CONFLICT");
    expect(
      (await appErrorOf(resolveFollowUp(testDb.db, admin, { followUpId: open.id, comment: "Ещё раз" }))).code,
    ).toBe("CONFLICT");
    expect(await testDb.db.followUp.findUniqueOrThrow({ where: { id: open.id } })).toMatchObject({
      resolvedById: supervisor.staffId,
    });
    expect(await testDb.db.auditLogEntry.count({ where: { action: "follow_up.resolve", entityId: open.id } })).toBe(1);
    expect(await causeCode(as(supervisor).followUps.resolve({ followUpId: "missing", comment: "Перезвонили" }))).toBe(
      "NOT_FOUND",
    );
  });

  it("requires a comment of 3 to 1000 characters after trimming", async () => {
    const open = await followUp({ reason: "MISSED", at: minutesAgo(2) });
    for (const comment of ["", "  ab  ", "x".repeat(1_001)]) {
      expect(await causeCode(as(supervisor).followUps.resolve({ followUpId: open.id, comment }))).toBe("BAD_REQUEST");
      const error = await appErrorOf(resolveFollowUp(testDb.db, supervisor, { followUpId: open.id, comment }));
      expect([error.code, error.details]).toEqual(["INVALID_INPUT", { field: "comment" }]);
    }
    expect((await testDb.db.followUp.findUniqueOrThrow({ where: { id: open.id } })).resolvedAt).toBeNull();
    await as(supervisor).followUps.resolve({ followUpId: open.id, comment: "x".repeat(1_000) });
    expect((await testDb.db.followUp.findUniqueOrThrow({ where: { id: open.id } })).resolvedAt).not.toBeNull();
  });

  it("is closed to operators and marketers", async () => {
    const open = await followUp({ reason: "MISSED", at: minutesAgo(1) });
    for (const role of ["OPERATOR", "MARKETER"] as const) {
      const caller = as(staffPrincipal(await createStaff(testDb.db, [role])));
      expect(await causeCode(caller.followUps.list({}))).toBe("FORBIDDEN");
      expect(await causeCode(caller.followUps.resolve({ followUpId: open.id, comment: "Перезвонили" }))).toBe(
        "FORBIDDEN",
      );
    }
    expect((await testDb.db.followUp.findUniqueOrThrow({ where: { id: open.id } })).resolvedAt).toBeNull();
  });

  it("counts open follow-ups on the workspace home for supervisors and admins only", async () => {
    await followUp({ reason: "MISSED", at: minutesAgo(4) });
    const done = await followUp({ reason: "LOW_RATING", at: minutesAgo(3), score: 1 });
    await followUp({ reason: "LOW_RATING", at: minutesAgo(2), score: 2 });
    await as(supervisor).followUps.resolve({ followUpId: done.id, comment: "Решено" });
    const open = await testDb.db.followUp.count({ where: { resolvedAt: null } });
    expect(open).toBe(2);
    expect((await as(supervisor).staff.home()).openFollowUps).toBe(open);
    expect((await as(admin).staff.home()).openFollowUps).toBe(open);
    expect((await as(staffPrincipal(operator)).staff.home()).openFollowUps).toBeUndefined();
  });

  it("counts on the home the open follow-ups past their due time, not the closed or not yet due ones", async () => {
    const late = await followUp({ reason: "MISSED", at: minutesAgo(30) });
    const lateClosed = await followUp({ reason: "LOW_RATING", at: minutesAgo(20), score: 1 });
    await followUp({ reason: "LOW_RATING", at: minutesAgo(10), score: 2 });
    const past = new Date(Date.now() - 60_000);
    await testDb.db.followUp.updateMany({ where: { id: { in: [late.id, lateClosed.id] } }, data: { dueAt: past } });
    expect((await as(supervisor).staff.home()).overdueFollowUps).toBe(2);
    await as(supervisor).followUps.resolve({ followUpId: lateClosed.id, comment: "Решено" });
    expect((await as(supervisor).staff.home()).overdueFollowUps).toBe(1);
    expect((await as(staffPrincipal(operator)).staff.home()).overdueFollowUps).toBeUndefined();
  });
});
