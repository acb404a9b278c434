import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TRPCError } from "@trpc/server";
import { createTestDb, testDbLabel, type TestDb } from "@/server/testing/test-db";
import {
  createStaff,
  createSubscriber,
  createTariff,
  staffPrincipal,
  subscriberPrincipal,
  testContext,
} from "@/server/testing/fixtures";
import { createCaller } from "@/server/api/root";
import type { StaffRole } from "@/server/generated/prisma/enums";
import type { HintInput } from "./hint-input";
import type { hintPages } from "./hint-targets";

type HintPage = (typeof hintPages)[number];

let testDb: TestDb;
const as = async (roles: StaffRole[]) =>
  createCaller(testContext(testDb.db, staffPrincipal(await createStaff(testDb.db, roles))));

const negativeBalanceHint: HintInput & { pages: HintPage[] } = {
  text: "Баланс ниже нуля <script>alert(1)</script>",
  textEn: "Balance below zero",
  pages: ["account"],
  condition: "NEGATIVE_BALANCE",
  failedAction: null,
  priority: 50,
  link: { kind: "chat" },
};

beforeAll(async () => {
  testDb = await createTestDb();
});
afterAll(() => testDb.close());

async function refusal(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(TRPCError);
  const e = error as TRPCError & { cause?: unknown };
  return e;
}

describe(`hint editing by content staff (${testDbLabel()})`, () => {
  it("creates a hint that the matching account sees, the preview counts it the same way, and it is audited", async () => {
    const tariff = await createTariff(testDb.db, { monthlyFee: 30_000 });
    const inDebt = await createSubscriber(testDb.db, { tariffId: tariff.id, balance: -12_000 });
    const inCredit = await createSubscriber(testDb.db, { tariffId: tariff.id, balance: 90_000 });
    const editor = await as(["CONTENT_EDITOR"]);

    const before = await editor.hints.preview({ ...negativeBalanceHint, hintId: null });
    const { id } = await editor.hints.create(negativeBalanceHint);
    const seenBy = async (account: typeof inDebt) =>
      (
        await createCaller(testContext(testDb.db, subscriberPrincipal(account))).hints.forPage({ page: "account" })
      ).hints.map((h) => h.id);
    expect(await seenBy(inDebt)).toContain(id);
    expect(await seenBy(inCredit)).not.toContain(id);
    // The text is stored as typed; every place renders it as text, so the markup stays inert.
    const shown = await createCaller(testContext(testDb.db, subscriberPrincipal(inDebt))).hints.forPage({
      page: "account",
    });
    expect(shown.hints.find((h) => h.id === id)?.text).toBe(negativeBalanceHint.text);

    const after = await editor.hints.preview({ ...negativeBalanceHint, hintId: id });
    expect(after.matching).toBe(before.matching);
    expect(after.examples.map((e) => e.accountNumber)).toContain(inDebt.accountNumber);
    expect(after.examples.map((e) => e.accountNumber)).not.toContain(inCredit.accountNumber);
    expect(after.examples[0]?.firstName).toBe("Абонент");

    const audit = await testDb.db.auditLogEntry.findFirst({ where: { action: "hint.create", entityId: id } });
    expect(audit?.actorStaffId).not.toBeNull();
    expect(audit?.details).toMatchObject({ after: { condition: "NEGATIVE_BALANCE", opensChat: true } });
  });

  it("refuses the second of two saves made from the same version, and audits before and after", async () => {
    const editor = await as(["CONTENT_EDITOR"]);
    const admin = await as(["ADMIN"]);
    const { id } = await editor.hints.create({ ...negativeBalanceHint, pages: [] });
    const loaded = await editor.hints.get({ hintId: id });
    const first = await editor.hints.update({
      ...negativeBalanceHint,
      hintId: id,
      version: loaded.version,
      priority: 7,
    });
    expect(first.version).toBe(loaded.version + 1);
    const second = await refusal(admin.hints.update({ ...negativeBalanceHint, hintId: id, version: loaded.version }));
    expect(second.message).toBe("VERSION_CONFLICT");
    expect((await editor.hints.get({ hintId: id })).priority).toBe(7);

    const audit = await testDb.db.auditLogEntry.findFirst({ where: { action: "hint.update", entityId: id } });
    expect(audit?.details).toMatchObject({ before: { priority: 50 }, after: { priority: 7 } });
  });

  it("archives instead of deleting: the hint stops showing, keeps its votes, and can come back", async () => {
    const editor = await as(["CONTENT_EDITOR"]);
    const { id } = await editor.hints.create({ ...negativeBalanceHint, condition: null, pages: ["payments"] });
    const subscriber = await createSubscriber(testDb.db);
    const asSubscriber = createCaller(testContext(testDb.db, subscriberPrincipal(subscriber)));
    await asSubscriber.hints.feedback({ hintId: id, helpful: true, page: "payments" });
    await asSubscriber.hints.feedback({ hintId: id, helpful: false, page: "payments" });
    await asSubscriber.hints.feedback({ hintId: id, helpful: true, page: "payments" });

    const { version } = await editor.hints.get({ hintId: id });
    await editor.hints.setArchived({ hintId: id, archived: true, version });
    expect((await asSubscriber.hints.forPage({ page: "payments" })).hints.map((h) => h.id)).not.toContain(id);
    const listed = (await editor.hints.list()).find((h) => h.id === id);
    expect(listed).toMatchObject({ archived: true, helped: 2, notHelped: 1 });
    expect(listed?.helpedRate).toBeCloseTo(2 / 3);
    expect(await refusal(editor.hints.setArchived({ hintId: id, archived: false, version }))).toMatchObject({
      message: "VERSION_CONFLICT",
    });
    await editor.hints.setArchived({ hintId: id, archived: false, version: version + 1 });
    expect((await asSubscriber.hints.forPage({ page: "payments" })).hints.map((h) => h.id)).toContain(id);
    expect(
      await testDb.db.auditLogEntry.count({
        where: { entityId: id, action: { in: ["hint.archive", "hint.restore"] } },
      }),
    ).toBe(2);
  });

  it("names each bad field: empty text, a failure aimed at a page where it never happens, a missing article", async () => {
    const editor = await as(["ADMIN"]);
    const bad = await refusal(
      editor.hints.create({ ...negativeBalanceHint, text: "  ", failedAction: "PAYMENT_DECLINED", pages: ["tariffs"] }),
    );
    const issues = (bad.cause as { issues?: Array<{ path: PropertyKey[]; message: string }> }).issues ?? [];
    expect(issues.map((i) => i.path.join("."))).toEqual(expect.arrayContaining(["text", "pages"]));
    expect(issues.find((i) => i.path[0] === "pages")?.message).toBe("FAILURE_NOT_ON_PAGE");

    const noArticle = await refusal(
      editor.hints.create({ ...negativeBalanceHint, link: { kind: "article", articleId: "missing" } }),
    );
    expect(noArticle.message).toBe("INVALID_INPUT");
  });

  it("refuses operators, supervisors and marketers", async () => {
    for (const roles of [["OPERATOR"], ["SUPERVISOR"], ["MARKETER"]] as StaffRole[][]) {
      const caller = await as(roles);
      expect((await refusal(caller.hints.create(negativeBalanceHint))).code).toBe("FORBIDDEN");
      expect((await refusal(caller.hints.preview({ ...negativeBalanceHint }))).code).toBe("FORBIDDEN");
    }
  });
});
