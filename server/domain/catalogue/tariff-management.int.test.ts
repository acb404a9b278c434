import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TRPCError } from "@trpc/server";
import { createTestDb, testDbLabel, type TestDb } from "@/server/testing/test-db";
import { createStaff, createSubscriber, createTariff, staffPrincipal, testContext } from "@/server/testing/fixtures";
import { createCaller } from "@/server/api/root";
import { AppError } from "@/server/domain/errors";
import type { Principal, StaffPrincipal } from "@/server/auth/principal";
import { monthlyChargeOn } from "@/server/domain/billing/monthly-charge-on";
import { nextMonthlyChargeDate } from "@/server/domain/billing/billing-calendar";
import { getBalanceOverview } from "@/server/domain/payments/get-balance-overview";
import { previewTariffChange } from "@/server/domain/tariffs/preview-tariff-change";
import { getTariffCatalogue } from "@/server/domain/tariffs/get-tariff-catalogue";
import { updateTariff } from "./update-tariff";
import { previewTariffFee } from "./preview-tariff-fee";
import { applyDueTariffFees } from "./apply-due-tariff-fees";
import { moscowDayStart, moscowToday } from "./schedule-tariff-fee";

let testDb: TestDb;
let admin: StaffPrincipal;
let operator: Principal;
const as = (principal: Principal) => createCaller(testContext(testDb.db, principal));
const refusal = (p: Promise<unknown>) =>
  p.then(
    () => null,
    (e: TRPCError | AppError) => {
      if (e instanceof AppError) return { code: e.code, field: e.details?.field };
      const data = (e.cause as { code?: string; details?: { field?: string } } | undefined) ?? {};
      const fields = e.cause && "issues" in e.cause ? (e.cause as { issues: Array<{ path: string[] }> }).issues : [];
      return { code: data.code ?? e.code, field: data.details?.field ?? fields.map((i) => i.path.join("."))[0] };
    },
  );
const fields = {
  name: "Безлимит Плюс",
  nameEn: "Unlimited Plus",
  description: "Звонки и интернет без счёта",
  descriptionEn: "Calls and data without counting",
  monthlyFee: 79_000,
  includedMinutes: 1_000,
  includedMb: 51_200,
  includedSms: 300,
};
// A fixed mid-month morning, so "the 1st of next month" is known.
const NOW = new Date("2026-03-15T09:00:00Z");
const editOf = async (tariffId: string, overrides: Record<string, unknown> = {}) => {
  const t = await testDb.db.tariff.findUniqueOrThrow({ where: { id: tariffId } });
  return {
    tariffId,
    version: t.version,
    name: t.name,
    nameEn: t.nameEn,
    description: t.description,
    descriptionEn: t.descriptionEn,
    monthlyFee: t.monthlyFee,
    includedMinutes: t.includedMinutes,
    includedMb: t.includedMb,
    includedSms: t.includedSms,
    feeEffectiveFrom: "2026-04-01",
    ...overrides,
  };
};

beforeAll(async () => {
  testDb = await createTestDb();
  admin = staffPrincipal(await createStaff(testDb.db, ["ADMIN"])) as StaffPrincipal;
  operator = staffPrincipal(await createStaff(testDb.db, ["OPERATOR"]));
});
afterAll(() => testDb.close());

describe(`tariff management (${testDbLabel()})`, () => {
  it("creates a tariff open for connections, audited with who and what, and refuses a taken code by field", async () => {
    const { id } = await as(admin).catalogue.createTariff({ code: "unlimited-plus", ...fields });
    const stored = await testDb.db.tariff.findUniqueOrThrow({ where: { id } });
    expect(stored).toMatchObject({ ...fields, isArchived: false, version: 0 });
    const audit = await testDb.db.auditLogEntry.findFirstOrThrow({ where: { entityId: id } });
    expect(audit).toMatchObject({
      action: "catalogue.tariff.create",
      actorStaffId: admin.staffId,
      entityType: "Tariff",
    });
    expect(audit.details).toMatchObject({ before: null, after: { code: "unlimited-plus", monthlyFee: 79_000 } });
    expect(await refusal(as(admin).catalogue.createTariff({ code: "unlimited-plus", ...fields }))).toEqual({
      code: "CODE_TAKEN",
      field: "code",
    });
  });

  it("names each bad field and stores nothing", async () => {
    const before = await testDb.db.tariff.count();
    expect(await refusal(as(admin).catalogue.createTariff({ code: "neg", ...fields, monthlyFee: -1 }))).toEqual({
      code: "BAD_REQUEST",
      field: "monthlyFee",
    });
    expect(await refusal(as(admin).catalogue.createTariff({ code: "Плохой код", ...fields }))).toMatchObject({
      field: "code",
    });
    expect(
      await refusal(as(admin).catalogue.createTariff({ code: "blank-name", ...fields, name: "  " })),
    ).toMatchObject({
      field: "name",
    });
    expect(await testDb.db.tariff.count()).toBe(before);
  });

  it("refuses every catalogue change to staff who are not administrators", async () => {
    const tariff = await createTariff(testDb.db);
    expect(
      await refusal(as(operator).catalogue.updateTariff(await editOf(tariff.id, { name: "Взлом" }))),
    ).toMatchObject({
      code: "FORBIDDEN",
    });
    expect(
      await refusal(as(operator).catalogue.setTariffArchived({ id: tariff.id, version: 0, archived: true })),
    ).toMatchObject({ code: "FORBIDDEN" });
    expect(await testDb.db.tariff.findUniqueOrThrow({ where: { id: tariff.id } })).toMatchObject({
      name: tariff.name,
      isArchived: false,
      version: 0,
    });
  });

  it("refuses the second of two saves made from the same version, keeping the first", async () => {
    const tariff = await createTariff(testDb.db);
    const stale = await editOf(tariff.id);
    await as(admin).catalogue.updateTariff({ ...stale, name: "Первое сохранение" });
    expect(await refusal(as(admin).catalogue.updateTariff({ ...stale, name: "Второе сохранение" }))).toMatchObject({
      code: "VERSION_CONFLICT",
    });
    expect(await testDb.db.tariff.findUniqueOrThrow({ where: { id: tariff.id } })).toMatchObject({
      name: "Первое сохранение",
      version: 1,
    });
    const audits = await testDb.db.auditLogEntry.findMany({ where: { entityId: tariff.id } });
    expect(audits).toHaveLength(1);
    expect(audits[0]!.details).toMatchObject({
      before: { name: tariff.name, version: 0 },
      after: { name: "Первое сохранение", version: 1 },
    });
  });

  it("lets only one of two concurrent saves of one version through", async () => {
    const tariff = await createTariff(testDb.db);
    const stale = await editOf(tariff.id);
    const outcomes = await Promise.all(
      ["А", "Б"].map((name) => refusal(updateTariff(testDb.db, admin, { ...stale, name: `Параллельно ${name}` }))),
    );
    expect(outcomes.filter((o) => o === null)).toHaveLength(1);
    expect(outcomes.filter((o) => o?.code === "VERSION_CONFLICT")).toHaveLength(1);
    expect((await testDb.db.tariff.findUniqueOrThrow({ where: { id: tariff.id } })).version).toBe(1);
  });

  it("counts the accounts a fee change touches before saving", async () => {
    const tariff = await createTariff(testDb.db, { monthlyFee: 50_000 });
    for (let i = 0; i < 3; i++) await createSubscriber(testDb.db, { tariffId: tariff.id });
    await createSubscriber(testDb.db);
    const preview = await previewTariffFee(
      testDb.db,
      { tariffId: tariff.id, monthlyFee: 60_000, feeEffectiveFrom: "2026-04-01" },
      NOW,
    );
    expect(preview).toEqual({
      accounts: 3,
      feeBefore: 50_000,
      monthlyFee: 60_000,
      startsAt: moscowDayStart("2026-04-01"),
      changes: true,
    });
    expect(
      await as(admin).catalogue.previewTariffFee({
        tariffId: tariff.id,
        monthlyFee: 60_000,
        feeEffectiveFrom: "2099-01-01",
      }),
    ).toMatchObject({ accounts: 3 });
  });

  it("charges a scheduled fee from its day on and the old fee before it, never retroactively", async () => {
    const tariff = await createTariff(testDb.db, { monthlyFee: 50_000 });
    const account = await createSubscriber(testDb.db, { tariffId: tariff.id, balance: 100_000 });
    const saved = await updateTariff(testDb.db, admin, await editOf(tariff.id, { monthlyFee: 60_000 }), NOW);
    expect(saved.feeStartsAt).toEqual(moscowDayStart("2026-04-01"));
    // Shown and charged today at the old fee; the 1st of April at the new one.
    expect((await testDb.db.tariff.findUniqueOrThrow({ where: { id: tariff.id } })).monthlyFee).toBe(50_000);
    expect((await monthlyChargeOn(testDb.db, account.id, moscowDayStart("2026-03-01"))).tariffFee).toBe(50_000);
    expect((await monthlyChargeOn(testDb.db, account.id, moscowDayStart("2026-04-01"))).tariffFee).toBe(60_000);
    expect((await getBalanceOverview(testDb.db, account.id, NOW)).nextCharge).toMatchObject({
      at: moscowDayStart("2026-04-01"),
      tariffFee: 60_000,
    });
    const other = await createSubscriber(testDb.db, { balance: 100_000 });
    const switching = await previewTariffChange(testDb.db, other.id, tariff.id, NOW);
    expect(switching).toMatchObject({ nextMonthlyFee: 60_000 });
    expect(switching.chargeToday).toBe(Math.round((50_000 * 17) / 31));
    // The stored fee follows once the day has come.
    expect(await applyDueTariffFees(testDb.db, NOW)).toEqual({ applied: 0 });
    expect(await applyDueTariffFees(testDb.db, moscowDayStart("2026-04-01"))).toEqual({ applied: 1 });
    expect((await testDb.db.tariff.findUniqueOrThrow({ where: { id: tariff.id } })).monthlyFee).toBe(60_000);
    expect((await monthlyChargeOn(testDb.db, account.id, moscowDayStart("2026-03-01"))).tariffFee).toBe(50_000);
  });

  it("applies a fee chosen for today at once and refuses a day in the past by field", async () => {
    const tariff = await createTariff(testDb.db, { monthlyFee: 50_000 });
    expect(
      await refusal(
        updateTariff(
          testDb.db,
          admin,
          await editOf(tariff.id, { monthlyFee: 45_000, feeEffectiveFrom: "2026-03-14" }),
          NOW,
        ),
      ),
    ).toEqual({ code: "INVALID_INPUT", field: "feeEffectiveFrom" });
    expect(moscowToday(NOW)).toBe("2026-03-15");
    await updateTariff(
      testDb.db,
      admin,
      await editOf(tariff.id, { monthlyFee: 45_000, feeEffectiveFrom: "2026-03-15" }),
      NOW,
    );
    expect((await testDb.db.tariff.findUniqueOrThrow({ where: { id: tariff.id } })).monthlyFee).toBe(45_000);
    // The charge of the 1st of March, before the change, keeps the old fee.
    const account = await createSubscriber(testDb.db, { tariffId: tariff.id });
    expect((await monthlyChargeOn(testDb.db, account.id, moscowDayStart("2026-03-01"))).tariffFee).toBe(50_000);
  });

  it("archives a tariff in use without deleting it: its accounts stay, new connections stop", async () => {
    const tariff = await createTariff(testDb.db);
    const account = await createSubscriber(testDb.db, { tariffId: tariff.id });
    await as(admin).catalogue.setTariffArchived({ id: tariff.id, version: 0, archived: true });
    expect(await testDb.db.subscriberAccount.findUniqueOrThrow({ where: { id: account.id } })).toMatchObject({
      tariffId: tariff.id,
    });
    const other = await createSubscriber(testDb.db);
    expect((await getTariffCatalogue(testDb.db, other.id)).tariffs.map((t) => t.id)).not.toContain(tariff.id);
    expect(
      await refusal(as(admin).catalogue.setTariffArchived({ id: tariff.id, version: 0, archived: false })),
    ).toMatchObject({ code: "VERSION_CONFLICT" });
    const listed = (await as(admin).catalogue.tariffs()).find((t) => t.id === tariff.id);
    expect(listed).toMatchObject({ isArchived: true, accounts: 1, version: 1 });
    const audit = await testDb.db.auditLogEntry.findFirstOrThrow({ where: { entityId: tariff.id } });
    expect(audit).toMatchObject({ action: "catalogue.tariff.archive", actorStaffId: admin.staffId });
    expect(audit.details).toEqual({
      before: { isArchived: false, version: 0 },
      after: { isArchived: true, version: 1 },
    });
  });

  it("shows an administrator the tariff's history: who, when, and each changed field before and after", async () => {
    const { id } = await as(admin).catalogue.createTariff({ code: "history-plus", ...fields });
    const feeDay = moscowToday(nextMonthlyChargeDate(new Date()));
    await as(admin).catalogue.updateTariff(
      await editOf(id, { includedSms: 500, monthlyFee: 85_000, feeEffectiveFrom: feeDay }),
    );
    const { version } = await testDb.db.tariff.findUniqueOrThrow({ where: { id } });
    await as(admin).catalogue.setTariffArchived({ id, version, archived: true });
    const changes = await as(admin).catalogue.changes({ kind: "tariff", id });
    expect(changes.map((c) => c.kind)).toEqual(["archive", "update", "create"]);
    const [archived, updated, created] = changes;
    expect(archived!.fields).toEqual([{ field: "isArchived", before: false, after: true }]);
    expect(updated!.who).toBe((await testDb.db.staffUser.findUniqueOrThrow({ where: { id: admin.staffId } })).fullName);
    // The fee is scheduled from the 1st of next month, so the stored fee stays until then; the package changes at once.
    expect(updated!.fields).toEqual([
      { field: "includedSms", before: 300, after: 500 },
      { field: "scheduledFee", before: null, after: { monthlyFee: 85_000, effectiveFrom: expect.any(String) } },
    ]);
    expect(created!.fields.map((f) => f.field)).toContain("monthlyFee");
    expect(await refusal(as(operator).catalogue.changes({ kind: "tariff", id }))).toMatchObject({ code: "FORBIDDEN" });
  });
});
