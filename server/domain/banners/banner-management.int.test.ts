import { afterAll, beforeAll, describe, expect, it } from "vitest";
import sharp from "sharp";
import { createTestDb, testDbLabel, type TestDb } from "@/server/testing/test-db";
import { createStaff, createTariff, staffPrincipal, testContext } from "@/server/testing/fixtures";
import { createCaller } from "@/server/api/root";
import type { Principal } from "@/server/auth/principal";
import { storeBannerImage } from "./store-banner-image";

let testDb: TestDb;
let marketer: Principal;
let operator: Principal;
let tariffId: string;

const input = () => ({
  title: "Интернет 500 Мбит/с",
  text: "Подключите быстрый домашний интернет",
  ctaLabel: "Подключить",
  topic: "Домашний интернет 500",
  placement: "LANDING_HERO" as const,
  audience: { kind: "VISITORS" as const },
  startsAt: new Date("2026-05-01T00:00:00Z"),
  endsAt: new Date("2026-06-01T00:00:00Z"),
  priority: 50,
});
const as = (principal: Principal) => createCaller(testContext(testDb.db, principal)).banners;
const auditOf = (bannerId: string) =>
  testDb.db.auditLogEntry.findMany({
    where: { entityType: "Banner", entityId: bannerId },
    orderBy: { createdAt: "asc" },
  });

beforeAll(async () => {
  testDb = await createTestDb();
  marketer = staffPrincipal(await createStaff(testDb.db, ["MARKETER"]));
  operator = staffPrincipal(await createStaff(testDb.db, ["OPERATOR"]));
  tariffId = (await createTariff(testDb.db)).id;
});
afterAll(() => testDb.close());

describe(`banner management (${testDbLabel()})`, () => {
  it("lets a marketer create a draft, audited with the author", async () => {
    const { id } = await as(marketer).create({ ...input(), offerTariffId: tariffId });
    const banner = await as(marketer).get({ bannerId: id });
    expect(banner).toMatchObject({
      status: "DRAFT",
      liveState: "draft",
      title: "Интернет 500 Мбит/с",
      offerTariffId: tariffId,
      actions: ["publish", "archive"],
    });
    const audit = await auditOf(id);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      action: "banner.create",
      actorKind: "STAFF",
      actorStaffId: marketer.kind === "staff" ? marketer.staffId : "",
    });
  });

  it("refuses operators: they cannot list, read or create banners", async () => {
    await expect(as(operator).list()).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(as(operator).create(input())).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("refuses bad input with the field named and saves nothing", async () => {
    const before = await testDb.db.banner.count();
    // In-process callers get the zod error itself as the cause; the HTTP error formatter sends its paths.
    const field = (error: { cause?: { issues?: Array<{ path: PropertyKey[] }> } }) =>
      error.cause?.issues?.map((i) => i.path.join("."));
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ endsAt: new Date("2026-04-01T00:00:00Z") }, "endsAt"],
      [{ priority: 101 }, "priority"],
      [{ audience: { kind: "EVERYONE" } }, "audience.kind"],
      [{ audience: { kind: "ON_TARIFFS", tariffIds: [] } }, "audience.tariffIds"],
      [{ text: "я".repeat(301) }, "text"],
    ];
    for (const [change, path] of cases) {
      const error = await as(marketer)
        .create({ ...input(), ...change } as never)
        .catch((e: unknown) => e);
      expect([path, (error as { code?: string }).code, field(error as never)]).toEqual([path, "BAD_REQUEST", [path]]);
    }
    expect(await testDb.db.banner.count()).toBe(before);
  });

  it("refuses an offer or audience naming a tariff or option that does not exist", async () => {
    await expect(as(marketer).create({ ...input(), offerTariffId: "missing" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      cause: { details: { field: "offerTariffId" } },
    });
    await expect(as(marketer).create({ ...input(), offerOptionId: "missing" })).rejects.toMatchObject({
      cause: { details: { field: "offerOptionId" } },
    });
    await expect(
      as(marketer).create({ ...input(), audience: { kind: "ON_TARIFFS", tariffIds: [tariffId, "missing"] } }),
    ).rejects.toMatchObject({ cause: { details: { field: "audience" } } });
    await expect(
      as(marketer).create({ ...input(), audience: { kind: "WITHOUT_OPTION", optionId: "missing" } }),
    ).rejects.toMatchObject({ cause: { details: { field: "audience" } } });
    const archived = await createTariff(testDb.db, { isArchived: true });
    await expect(as(marketer).create({ ...input(), offerTariffId: archived.id })).rejects.toMatchObject({
      cause: { details: { field: "offerTariffId" } },
    });
    // An audience may still name an archived tariff: subscribers can be on it.
    await expect(
      as(marketer).create({ ...input(), audience: { kind: "ON_TARIFFS", tariffIds: [archived.id] } }),
    ).resolves.toBeDefined();
  });

  it("updates every field with before and after in the audit log", async () => {
    const { id } = await as(marketer).create(input());
    await as(marketer).update({
      ...input(),
      bannerId: id,
      title: "Интернет 1 Гбит/с",
      priority: 70,
      audience: { kind: "ON_TARIFFS", tariffIds: [tariffId] },
    });
    const banner = await as(marketer).get({ bannerId: id });
    expect(banner).toMatchObject({
      title: "Интернет 1 Гбит/с",
      priority: 70,
      audience: { kind: "ON_TARIFFS", tariffIds: [tariffId] },
    });
    const update = (await auditOf(id)).find((e) => e.action === "banner.update");
    expect(update?.details).toMatchObject({
      before: { title: "Интернет 500 Мбит/с", priority: 50 },
      after: { title: "Интернет 1 Гбит/с", priority: 70 },
    });
    await expect(as(marketer).update({ ...input(), bannerId: "missing" })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("moves through publish, pause, publish and archive; archived is final", async () => {
    const { id } = await as(marketer).create(input());
    await expect(as(marketer).setStatus({ bannerId: id, action: "pause" })).rejects.toMatchObject({ code: "CONFLICT" });
    await as(marketer).setStatus({ bannerId: id, action: "publish" });
    await as(marketer).setStatus({ bannerId: id, action: "publish" }); // a repeated click changes nothing
    await as(marketer).setStatus({ bannerId: id, action: "pause" });
    await as(marketer).setStatus({ bannerId: id, action: "publish" });
    await as(marketer).setStatus({ bannerId: id, action: "archive" });
    expect((await as(marketer).get({ bannerId: id })).status).toBe("ARCHIVED");
    await expect(as(marketer).setStatus({ bannerId: id, action: "publish" })).rejects.toMatchObject({
      code: "CONFLICT",
    });
    await expect(as(marketer).update({ ...input(), bannerId: id })).rejects.toMatchObject({ code: "CONFLICT" });
    const actions = (await auditOf(id)).map((e) => e.action);
    expect(actions).toEqual(["banner.create", "banner.publish", "banner.pause", "banner.publish", "banner.archive"]);
  });

  it("lists with the live state from status and schedule, filtered by status and placement", async () => {
    const now = new Date();
    const day = 86_400_000;
    const running = await as(marketer).create({
      ...input(),
      placement: "HELP_CENTRE",
      startsAt: new Date(now.getTime() - day),
      endsAt: new Date(now.getTime() + day),
    });
    const future = await as(marketer).create({
      ...input(),
      placement: "HELP_CENTRE",
      priority: 90,
      startsAt: new Date(now.getTime() + day),
      endsAt: new Date(now.getTime() + 2 * day),
    });
    const draft = await as(marketer).create({ ...input(), placement: "HELP_CENTRE", priority: 10 });
    for (const { id } of [running, future]) await as(marketer).setStatus({ bannerId: id, action: "publish" });
    const list = await as(marketer).list({ placement: "HELP_CENTRE" });
    expect(list.map((b) => [b.id, b.liveState])).toEqual([
      [future.id, "scheduled"],
      [running.id, "running"],
      [draft.id, "draft"],
    ]);
    expect((await as(marketer).list({ status: "DRAFT", placement: "HELP_CENTRE" })).map((b) => b.id)).toEqual([
      draft.id,
    ]);
  });

  it("claims uploaded renditions on save, making them public, and drops replaced ones", async () => {
    const png = await sharp({ create: { width: 800, height: 400, channels: 3, background: "#0a7" } })
      .png()
      .toBuffer();
    const first = await storeBannerImage(testDb.db, png);
    const { id } = await as(marketer).create({ ...input(), imageId: first.imageId, imagePhoneId: first.imagePhoneId });
    const owned = await testDb.db.attachment.findMany({ where: { bannerId: id }, select: { id: true } });
    expect(owned.map((a) => a.id).sort()).toEqual([first.imageId, first.imagePhoneId].sort());
    expect(await as(marketer).get({ bannerId: id })).toMatchObject({
      imageUrl: `/api/banners/images/${first.imageId}`,
    });
    // Another banner cannot take them.
    await expect(
      as(marketer).create({ ...input(), imageId: first.imageId, imagePhoneId: first.imagePhoneId }),
    ).rejects.toMatchObject({ cause: { details: { field: "imageId" } } });

    const second = await storeBannerImage(testDb.db, png);
    await as(marketer).update({ ...input(), bannerId: id, imageId: second.imageId, imagePhoneId: second.imagePhoneId });
    expect(await testDb.db.attachment.count({ where: { id: { in: [first.imageId, first.imagePhoneId] } } })).toBe(0);
    await as(marketer).update({ ...input(), bannerId: id, imageId: null, imagePhoneId: null });
    expect(await testDb.db.attachment.count({ where: { bannerId: id } })).toBe(0);
  });
});
