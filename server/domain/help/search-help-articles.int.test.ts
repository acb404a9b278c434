import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, testDbLabel, type TestDb } from "@/server/testing/test-db";
import { HELP_ARTICLES, seedHelpCentre } from "@/prisma/seed/help-centre";
import { searchHelpArticles, type HelpSearchHit } from "./search-help-articles";
import type { SnippetSegment } from "./snippet";

let testDb: TestDb;

beforeAll(async () => {
  testDb = await createTestDb();
  await seedHelpCentre(testDb.db);
  // A body-only mention of roaming, many times over, must still rank below title matches.
  await testDb.db.helpArticle.create({
    data: {
      slug: "test-body-only",
      category: "account",
      title: "Командировки",
      titleEn: "Business trips",
      body: "Роуминг, роуминг и снова роуминг: в роуминге удобно.",
      bodyEn: "Roaming, roaming and roaming again.",
    },
  });
  await testDb.db.helpArticle.create({
    data: {
      slug: "test-unpublished",
      category: "roaming",
      title: "Черновик про роуминг",
      titleEn: "Roaming draft",
      body: "Не для читателей.",
      bodyEn: "Not for readers.",
      isPublished: false,
    },
  });
});
afterAll(() => testDb.close());

const search = (query: string, locale: "ru" | "en" = "ru", limit = 50, offset = 0) =>
  searchHelpArticles(testDb.db, { query, locale, limit, offset });
const highlighted = (segments: SnippetSegment[]) =>
  segments.filter((s) => s.highlighted).map((s) => s.text.toLowerCase());
const anyHighlight = (hit: HelpSearchHit) => [...highlighted(hit.titleSegments), ...highlighted(hit.snippet)];

describe(`help search (${testDbLabel()})`, () => {
  it("finds other word forms: «тарифы» finds articles about «тариф»", async () => {
    const result = await search("тарифы");
    expect(result.total).toBeGreaterThan(3);
    expect(result.items.map((i) => i.slug)).toContain("change-tariff");
    expect(result.relaxed).toBe(false);
    for (const hit of result.items) expect(anyHighlight(hit).some((w) => w.startsWith("тариф"))).toBe(true);
  });

  it("finds «роуминг» by «роуминге» and highlights the matches", async () => {
    const result = await search("роуминге");
    const slugs = result.items.map((i) => i.slug);
    expect(slugs).toEqual(expect.arrayContaining(["roaming-abroad", "roaming-russia", "roaming-internet-not-working"]));
    expect(slugs).not.toContain("test-unpublished");
    const hit = result.items.find((i) => i.slug === "roaming-abroad")!;
    expect(hit.title).toBe("Роуминг за границей: как подготовиться к поездке");
    expect(highlighted(hit.titleSegments)).toEqual(["роуминг"]);
    expect(highlighted(hit.snippet).length).toBeGreaterThan(0);
  });

  it("ranks title matches above body-only matches", async () => {
    const { items } = await search("роуминг");
    const bodyOnly = items.findIndex((i) => i.slug === "test-body-only");
    const titleMatches = items.filter((i) => highlighted(i.titleSegments).length > 0).map((i) => items.indexOf(i));
    expect(bodyOnly).toBeGreaterThan(-1);
    expect(titleMatches.length).toBeGreaterThan(2);
    expect(Math.max(...titleMatches)).toBeLessThan(bodyOnly);
  });

  it("searches the English texts with English stemming when the locale is en", async () => {
    const result = await search("passwords", "en");
    expect(result.items.map((i) => i.slug)).toEqual(expect.arrayContaining(["forgot-password", "change-password"]));
    expect(result.items[0]!.title).toMatch(/password/i);
    expect((await search("пароль", "en")).total).toBe(0);
    expect((await search("roaming", "ru")).total).toBe(0);
  });

  it("pages through results with a stable total", async () => {
    const all = await search("роуминг", "ru", 50);
    const first = await search("роуминг", "ru", 2, 0);
    const second = await search("роуминг", "ru", 2, 2);
    const beyond = await search("роуминг", "ru", 2, 1000);
    expect(first.total).toBe(all.total);
    expect([...first.items, ...second.items].map((i) => i.slug)).toEqual(all.items.slice(0, 4).map((i) => i.slug));
    expect(beyond).toMatchObject({ total: all.total, items: [] });
  });

  it("falls back to any of the words when no article has all of them", async () => {
    const result = await search("роуминг Антарктида");
    expect(result.relaxed).toBe(true);
    expect(result.items.map((i) => i.slug)).toContain("roaming-abroad");
  });

  it.each([
    ["и или"],
    ["!!!"],
    [`'); drop table "HelpArticle"; --`],
    ["\u0002\u0003"],
    ["a & b | !c <-> (d"],
    ['"незакрытая кавычка'],
  ])("does not crash on %j", async (query) => {
    const result = await search(query);
    expect(result.items).toEqual(expect.any(Array));
    expect(result.total).toBe(result.items.length);
  });

  it("keeps the table after SQL-looking input", async () => {
    await search(`'); drop table "HelpArticle"; --`);
    expect(await testDb.db.helpArticle.count()).toBe(HELP_ARTICLES.length + 2);
  });

  it("lists published articles by category for an empty or blank query", async () => {
    const result = await search("   ");
    expect(result).toMatchObject({ query: "", total: HELP_ARTICLES.length + 1, relaxed: false });
    const categories = result.items.map((i) => i.category);
    expect(categories).toEqual([...categories].sort());
    expect(result.items.every((i) => i.snippet.length === 1 && !i.snippet[0]!.highlighted)).toBe(true);
  });

  it("refuses a query over 200 characters and bad paging", async () => {
    await expect(search("а".repeat(201))).rejects.toMatchObject({ code: "INVALID_INPUT" });
    await expect(search("тариф", "ru", 0)).rejects.toMatchObject({ code: "INVALID_INPUT" });
    await expect(search("тариф", "ru", 10, -1)).rejects.toMatchObject({ code: "INVALID_INPUT" });
    expect((await search(`${"а".repeat(199)} `)).items).toEqual(expect.any(Array));
  });
});
