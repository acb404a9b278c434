import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, testDbLabel, type TestDb } from "@/server/testing/test-db";
import {
  createStaff,
  createSubscriber,
  staffPrincipal,
  subscriberPrincipal,
  testContext,
} from "@/server/testing/fixtures";
import { HELP_ARTICLES, seedHelpCentre } from "@/prisma/seed/help-centre";
import { helpCategories } from "@/server/domain/help/categories";
import type { Principal } from "@/server/auth/principal";
import { createCaller } from "@/server/api/root";

let testDb: TestDb;
const caller = (principal: Principal | null, opts: { locale?: "ru" | "en"; session?: string | null } = {}) =>
  createCaller({
    ...testContext(testDb.db, principal),
    locale: opts.locale ?? "ru",
    ...(opts.session !== undefined ? { visitorSessionKey: opts.session } : {}),
  });

beforeAll(async () => {
  testDb = await createTestDb();
  await seedHelpCentre(testDb.db);
  await seedHelpCentre(testDb.db); // idempotent: a second run adds nothing
});
afterAll(() => testDb.close());

describe(`help procedures (${testDbLabel()})`, () => {
  it("seeds every article once", async () => {
    expect(await testDb.db.helpArticle.count()).toBe(HELP_ARTICLES.length);
    expect(HELP_ARTICLES.length).toBeGreaterThanOrEqual(30);
  });

  it("search: pages of results in the reader's language", async () => {
    const ru = await caller(null).help.search({ query: "роуминге" });
    expect(ru).toMatchObject({ page: 1, pageSize: 10, relaxed: false });
    expect(ru.items[0]!.titleSegments.some((s) => s.highlighted)).toBe(true);
    const en = await caller(null, { locale: "en" }).help.search({ query: "roaming", page: 1 });
    expect(en.items.map((i) => i.slug)).toContain("roaming-abroad");
    expect(en.items.find((i) => i.slug === "roaming-abroad")!.title).toBe("Roaming abroad: getting ready for a trip");
  });

  it("search: refuses a query over 200 characters with INVALID_INPUT", async () => {
    await expect(caller(null).help.search({ query: "я".repeat(201) })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(caller(null).help.search({ query: "тариф", page: 0 })).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });

  it("categories: every category in its fixed order with localized titles", async () => {
    const ru = await caller(null).help.categories();
    expect(ru.map((c) => c.code)).toEqual([...helpCategories]);
    expect(ru.flatMap((c) => c.articles)).toHaveLength(HELP_ARTICLES.length);
    const en = await caller(null, { locale: "en" }).help.categories();
    expect(en.find((c) => c.code === "equipment")!.articles.map((a) => a.title)).toContain("How to get an eSIM");
  });

  it("article: localized paragraphs; unknown or unpublished slugs are NOT_FOUND", async () => {
    const ru = await caller(null).help.article({ slug: "esim" });
    expect(ru).toMatchObject({ slug: "esim", category: "equipment", title: "Как подключить eSIM" });
    expect(ru.body.split("\n\n")).toHaveLength(3);
    expect((await caller(null, { locale: "en" }).help.article({ slug: "esim" })).title).toBe("How to get an eSIM");
    await expect(caller(null).help.article({ slug: "no-such-article" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await testDb.db.helpArticle.update({ where: { slug: "static-ip" }, data: { isPublished: false } });
    await expect(caller(null).help.article({ slug: "static-ip" })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("article: records a view per session, with the subscriber and the query that led there", async () => {
    const subscriber = await createSubscriber(testDb.db);
    const staff = await createStaff(testDb.db, ["OPERATOR"]);
    const session = "10000000-0000-4000-8000-00000000000a";
    await caller(subscriberPrincipal(subscriber), { session }).help.article({
      slug: "forgot-password",
      query: "пароль",
    });
    await caller(subscriberPrincipal(subscriber), { session }).help.article({ slug: "forgot-password" });
    await caller(staffPrincipal(staff), { session: "10000000-0000-4000-8000-00000000000b" }).help.article({
      slug: "forgot-password",
    });
    await caller(null, { session: null }).help.article({ slug: "forgot-password" });
    const views = await testDb.db.helpArticleView.findMany({
      where: { article: { slug: "forgot-password" } },
      orderBy: { sessionKey: "asc" },
    });
    expect(views.map((v) => [v.sessionKey, v.accountId, v.query])).toEqual([
      [session, subscriber.id, "пароль"],
      ["10000000-0000-4000-8000-00000000000b", null, null],
    ]);
  });
});
