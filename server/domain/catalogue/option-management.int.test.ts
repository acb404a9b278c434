import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, testDbLabel, type TestDb } from "@/server/testing/test-db";
import { createStaff, createTariff, staffPrincipal, testContext } from "@/server/testing/fixtures";
import { appErrorOf } from "@/server/testing/app-error-of";
import { createCaller } from "@/server/api/root";
import type { Principal, StaffPrincipal } from "@/server/auth/principal";
import { createOption, updateOption } from "./save-option";

let testDb: TestDb;
let admin: StaffPrincipal;
let mobile: string;
let home: string;
const as = (principal: Principal) => createCaller(testContext(testDb.db, principal));
let n = 0;
const option = (overrides: Record<string, unknown> = {}) => ({
  code: `roaming-europe-${++n}`,
  name: "Роуминг: Европа",
  nameEn: "Roaming: Europe",
  description: "Интернет и звонки в Европе",
  descriptionEn: "Data and calls in Europe",
  connectionFee: 0,
  monthlyFee: 29_900,
  exclusiveGroup: "roaming",
  compatibleTariffIds: [mobile],
  includedInTariffIds: [],
  ...overrides,
});
const editOf = async (optionId: string, overrides: Record<string, unknown> = {}) => {
  const o = await testDb.db.option.findUniqueOrThrow({
    where: { id: optionId },
    include: { compatibleTariffs: true, includedInTariffs: true },
  });
  return {
    optionId,
    version: o.version,
    name: o.name,
    nameEn: o.nameEn,
    description: o.description,
    descriptionEn: o.descriptionEn,
    connectionFee: o.connectionFee,
    monthlyFee: o.monthlyFee,
    exclusiveGroup: o.exclusiveGroup,
    compatibleTariffIds: o.compatibleTariffs.map((c) => c.tariffId),
    includedInTariffIds: o.includedInTariffs.map((c) => c.tariffId),
    ...overrides,
  };
};

beforeAll(async () => {
  testDb = await createTestDb();
  admin = staffPrincipal(await createStaff(testDb.db, ["ADMIN"])) as StaffPrincipal;
  mobile = (await createTariff(testDb.db)).id;
  home = (await createTariff(testDb.db)).id;
});
afterAll(() => testDb.close());

describe(`option management (${testDbLabel()})`, () => {
  it("creates an option with its compatibility and inclusion lists, audited", async () => {
    const { id } = await as(admin).catalogue.createOption(option({ includedInTariffIds: [mobile] }));
    const listed = (await as(admin).catalogue.options()).find((o) => o.id === id);
    expect(listed).toMatchObject({
      monthlyFee: 29_900,
      exclusiveGroup: "roaming",
      compatibleTariffIds: [mobile],
      includedInTariffIds: [mobile],
      subscribers: 0,
      version: 0,
    });
    const audit = await testDb.db.auditLogEntry.findFirstOrThrow({ where: { entityId: id } });
    expect(audit).toMatchObject({ action: "catalogue.option.create", actorStaffId: admin.staffId });
    expect(audit.details).toMatchObject({ before: null, after: { includedInTariffIds: [mobile] } });
  });

  it("refuses an option included in a tariff it is incompatible with, by field, changing nothing", async () => {
    const bad = await appErrorOf(createOption(testDb.db, admin, option({ includedInTariffIds: [home] })));
    expect([bad.code, bad.details]).toEqual(["OPTION_INCLUDED_BUT_INCOMPATIBLE", { field: "includedInTariffIds" }]);
    const { id } = await createOption(testDb.db, admin, option());
    const refused = await appErrorOf(updateOption(testDb.db, admin, await editOf(id, { includedInTariffIds: [home] })));
    expect(refused.code).toBe("OPTION_INCLUDED_BUT_INCOMPATIBLE");
    expect(await editOf(id)).toMatchObject({ version: 0, compatibleTariffIds: [mobile], includedInTariffIds: [] });
    // Compatible with every tariff (an empty list) may be included anywhere.
    await updateOption(testDb.db, admin, await editOf(id, { compatibleTariffIds: [], includedInTariffIds: [home] }));
    expect(await editOf(id)).toMatchObject({ version: 1, compatibleTariffIds: [], includedInTariffIds: [home] });
  });

  it("refuses a tariff that does not exist in either list", async () => {
    const bad = await appErrorOf(createOption(testDb.db, admin, option({ compatibleTariffIds: [mobile, "missing"] })));
    expect([bad.code, bad.details]).toEqual(["NOT_FOUND", { field: "compatibleTariffIds" }]);
  });

  it("keeps the first of two saves from one version and audits before and after", async () => {
    const { id } = await createOption(testDb.db, admin, option());
    const stale = await editOf(id);
    await as(admin).catalogue.updateOption({ ...stale, monthlyFee: 34_900, compatibleTariffIds: [mobile, home] });
    const second = await appErrorOf(updateOption(testDb.db, admin, { ...stale, monthlyFee: 1 }));
    expect(second.code).toBe("VERSION_CONFLICT");
    expect(await editOf(id)).toMatchObject({ monthlyFee: 34_900, version: 1 });
    const audit = await testDb.db.auditLogEntry.findFirstOrThrow({
      where: { entityId: id, action: "catalogue.option.update" },
    });
    expect(audit.details).toMatchObject({
      before: { monthlyFee: 29_900, compatibleTariffIds: [mobile] },
      after: { monthlyFee: 34_900, compatibleTariffIds: [mobile, home].sort() },
    });
  });

  it("names the bad fee field and refuses non-administrators", async () => {
    const error = await as(admin)
      .catalogue.createOption(option({ connectionFee: 1.5 }))
      .catch((e: { code?: string; cause?: { issues?: Array<{ path: string[] }> } }) => e);
    expect(error).toMatchObject({ code: "BAD_REQUEST", cause: { issues: [{ path: ["connectionFee"] }] } });
    const marketer = staffPrincipal(await createStaff(testDb.db, ["MARKETER"]));
    await expect(as(marketer).catalogue.createOption(option())).rejects.toMatchObject({ code: "FORBIDDEN" });
    const { id } = await createOption(testDb.db, admin, option());
    await expect(as(marketer).catalogue.setOptionArchived({ id, version: 0, archived: true })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await as(admin).catalogue.setOptionArchived({ id, version: 0, archived: true });
    expect(await testDb.db.option.findUniqueOrThrow({ where: { id } })).toMatchObject({ isArchived: true, version: 1 });
  });
});
