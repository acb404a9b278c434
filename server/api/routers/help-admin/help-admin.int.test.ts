import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, testDbLabel, type TestDb } from "@/server/testing/test-db";
import { createStaff, staffPrincipal, testContext } from "@/server/testing/fixtures";
import { XSS_PAYLOADS } from "@/server/testing/xss-payloads";
import type { Principal } from "@/server/auth/principal";
import { createCaller } from "@/server/api/root";

let testDb: TestDb;
let editor: Principal;
let admin: Principal;
const as = (principal: Principal | null, locale: "ru" | "en" = "ru") =>
  createCaller({ ...testContext(testDb.db, principal), locale });
const reason = (p: Promise<unknown>) =>
  p.then(
    () => "ok",
    (e: { code?: string; cause?: { code?: string } }) => e.cause?.code ?? e.code,
  );

const article = (overrides: Record<string, unknown> = {}) => ({
  slug: "satellite-roaming",
  category: "roaming" as const,
  title: "Спутниковый роуминг на борту самолёта",
  titleEn: "Satellite roaming on board",
  body: "## Как подключить\n\nВ **самолётах** связь работает через спутник.",
  bodyEn: "## How to connect\n\nOn **planes** the network runs over a satellite.",
  isPublished: false,
  ...overrides,
});

beforeAll(async () => {
  testDb = await createTestDb();
  editor = staffPrincipal(await createStaff(testDb.db, ["CONTENT_EDITOR"]));
  admin = staffPrincipal(await createStaff(testDb.db, ["ADMIN"]));
});
afterAll(() => testDb.close());

describe(`help articles for content staff (${testDbLabel()})`, () => {
  it("a draft is invisible to readers and the search until it is published; every save is audited", async () => {
    const { id, version } = await as(editor).helpAdmin.create(article());
    expect(version).toBe(1);
    await expect(as(null).help.article({ slug: "satellite-roaming" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await as(null).help.search({ query: "самолёт" })).total).toBe(0);

    const published = await as(editor).helpAdmin.update({ ...article({ isPublished: true }), articleId: id, version });
    expect(published.version).toBe(2);
    // Russian morphology: "самолётах" in the body, "самолёт" asked.
    expect((await as(null).help.search({ query: "самолёт" })).items.map((i) => i.slug)).toEqual(["satellite-roaming"]);
    expect((await as(null, "en").help.search({ query: "plane" })).items.map((i) => i.slug)).toEqual([
      "satellite-roaming",
    ]);
    expect((await as(null).help.article({ slug: "satellite-roaming" })).body).toContain("**самолётах**");

    const audit = await testDb.db.auditLogEntry.findMany({ where: { entityId: id }, orderBy: { createdAt: "asc" } });
    expect(audit.map((a) => a.action)).toEqual(["helpArticle.create", "helpArticle.update"]);
    expect(audit[1]).toMatchObject({
      actorStaffId: (editor as { staffId: string }).staffId,
      details: { before: { isPublished: false }, after: { isPublished: true }, version: 2 },
    });
  });

  it("lists drafts and published articles by title or address", async () => {
    await as(editor).helpAdmin.create(article({ slug: "draft-only", title: "Черновик про модем" }));
    const drafts = await as(editor).helpAdmin.list({ status: "draft" });
    expect(drafts.items.map((i) => i.slug)).toEqual(["draft-only"]);
    const found = await as(admin).helpAdmin.list({ query: "СПУТНИК" });
    expect(found.items.map((i) => i.slug)).toEqual(["satellite-roaming"]);
    expect((await as(editor).helpAdmin.list({ status: "published" })).total).toBe(1);
  });

  it("a second save from the same version is refused, never overwriting the first", async () => {
    const { id, version } = await as(editor).helpAdmin.create(article({ slug: "race" }));
    const outcomes = await Promise.all([
      reason(
        as(editor).helpAdmin.update({ ...article({ slug: "race", title: "Первая правка" }), articleId: id, version }),
      ),
      reason(
        as(admin).helpAdmin.update({ ...article({ slug: "race", title: "Вторая правка" }), articleId: id, version }),
      ),
    ]);
    expect(outcomes.sort()).toEqual(["VERSION_CONFLICT", "ok"]);
    const stored = await testDb.db.helpArticle.findUniqueOrThrow({ where: { id } });
    expect(stored.version).toBe(2);
    expect(["Первая правка", "Вторая правка"]).toContain(stored.title);
    await expect(
      reason(as(editor).helpAdmin.update({ ...article({ slug: "race" }), articleId: id, version })),
    ).resolves.toBe("VERSION_CONFLICT");
  });

  it("a changed slug keeps the old one as a redirect, and no other article may take it", async () => {
    const { id, version } = await as(editor).helpAdmin.create(article({ slug: "old-address", isPublished: true }));
    await as(editor).helpAdmin.update({
      ...article({ slug: "new-address", isPublished: true }),
      articleId: id,
      version,
    });
    await expect(as(null).help.article({ slug: "old-address" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await as(null).help.currentSlug({ slug: "old-address" })).toBe("new-address");
    expect(await as(null).help.currentSlug({ slug: "never-was" })).toBeNull();
    expect(await reason(as(editor).helpAdmin.create(article({ slug: "old-address" })))).toBe("SLUG_TAKEN");
    expect(await reason(as(editor).helpAdmin.create(article({ slug: "new-address" })))).toBe("SLUG_TAKEN");
    expect((await as(editor).helpAdmin.get({ articleId: id })).oldSlugs).toEqual(["old-address"]);
  });

  it("restoring a version saves it again as a new version, slug included", async () => {
    const { id } = await as(editor).helpAdmin.create(article({ slug: "restore-me", title: "Первый вариант" }));
    await as(editor).helpAdmin.update({
      ...article({ slug: "restored", title: "Второй вариант" }),
      articleId: id,
      version: 1,
    });
    const restored = await as(editor).helpAdmin.restore({ articleId: id, restoreVersion: 1, version: 2 });
    expect(restored.version).toBe(3);
    const detail = await as(editor).helpAdmin.get({ articleId: id });
    expect(detail).toMatchObject({ slug: "restore-me", title: "Первый вариант", version: 3, oldSlugs: ["restored"] });
    expect(detail.versions.map((v) => [v.version, v.title])).toEqual([
      [3, "Первый вариант"],
      [2, "Второй вариант"],
      [1, "Первый вариант"],
    ]);
    expect(detail.versions[0]!.authorName).toBeTruthy();
    expect(await reason(as(editor).helpAdmin.restore({ articleId: id, restoreVersion: 1, version: 2 }))).toBe(
      "VERSION_CONFLICT",
    );
    expect(await reason(as(editor).helpAdmin.restore({ articleId: id, restoreVersion: 9, version: 3 }))).toBe(
      "NOT_FOUND",
    );
    const actions = await testDb.db.auditLogEntry.findMany({ where: { entityId: id }, select: { action: true } });
    expect(actions.map((a) => a.action)).toContain("helpArticle.restore");
  });

  it("refuses bad fields by name", async () => {
    for (const [field, value] of [
      ["slug", "Not a slug!"],
      ["title", "  "],
      ["bodyEn", ""],
      ["category", "nope"],
    ] as const) {
      const error = await as(editor)
        .helpAdmin.create(article({ slug: field === "slug" ? value : `bad-${field.toLowerCase()}`, [field]: value }))
        .then(
          () => null,
          (e: { code: string; cause?: { issues?: Array<{ path: string[] }> } }) => e,
        );
      expect(error?.code, field).toBe("BAD_REQUEST");
      expect(
        error?.cause?.issues?.map((i) => i.path.join(".")),
        field,
      ).toEqual([field]);
    }
  });

  it("keeps markup typed into an article as text the renderer leaves inert", async () => {
    const body = XSS_PAYLOADS.join("\n\n");
    const { id } = await as(editor).helpAdmin.create(article({ slug: "xss", body, bodyEn: body, isPublished: true }));
    expect((await as(null).help.article({ slug: "xss" })).body).toBe(body);
    expect((await as(editor).helpAdmin.get({ articleId: id })).body).toBe(body);
  });

  it("refuses everyone but content staff", async () => {
    for (const role of ["OPERATOR", "SUPERVISOR", "MARKETER"] as const) {
      const other = staffPrincipal(await createStaff(testDb.db, [role]));
      expect(await reason(as(other).helpAdmin.list({})), role).toBe("FORBIDDEN");
      expect(await reason(as(other).helpAdmin.create(article({ slug: `by-${role.toLowerCase()}` }))), role).toBe(
        "FORBIDDEN",
      );
    }
    expect(await reason(as(null).helpAdmin.list({}))).toBe("UNAUTHENTICATED");
  });
});
