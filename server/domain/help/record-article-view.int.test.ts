import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, testDbLabel, type TestDb } from "@/server/testing/test-db";
import { createSubscriber } from "@/server/testing/fixtures";
import { recordArticleView, VIEW_DEDUP_WINDOW_MS } from "./record-article-view";

let testDb: TestDb;
let articleId: string;
let otherArticleId: string;

const article = (slug: string) =>
  testDb.db.helpArticle.create({
    data: { slug, category: "tariffs", title: "Тариф", titleEn: "Tariff", body: "Текст", bodyEn: "Text" },
  });

beforeAll(async () => {
  testDb = await createTestDb();
  articleId = (await article("views-a")).id;
  otherArticleId = (await article("views-b")).id;
});
afterAll(() => testDb.close());

describe(`recording help article views (${testDbLabel()})`, () => {
  it("counts one view per session and article per hour", async () => {
    const at = new Date("2026-11-20T10:00:00Z");
    const view = { articleId, accountId: null, sessionKey: "session-1" };
    expect(await recordArticleView(testDb.db, { ...view, query: " роуминге ", at })).toEqual({ recorded: true });
    expect(await recordArticleView(testDb.db, { ...view, at: new Date(at.getTime() + 5 * 60_000) })).toEqual({
      recorded: false,
    });
    expect(
      await recordArticleView(testDb.db, { ...view, at: new Date(at.getTime() + VIEW_DEDUP_WINDOW_MS - 1) }),
    ).toEqual({ recorded: false });
    expect(
      await recordArticleView(testDb.db, { ...view, at: new Date(at.getTime() + VIEW_DEDUP_WINDOW_MS + 1) }),
    ).toEqual({ recorded: true });
    const rows = await testDb.db.helpArticleView.findMany({
      where: { sessionKey: "session-1" },
      orderBy: { createdAt: "asc" },
    });
    expect(rows.map((r) => r.query)).toEqual(["роуминге", null]);
  });

  it("counts other sessions and other articles separately", async () => {
    const at = new Date("2026-11-20T12:00:00Z");
    expect(await recordArticleView(testDb.db, { articleId, accountId: null, sessionKey: "session-2", at })).toEqual({
      recorded: true,
    });
    expect(
      await recordArticleView(testDb.db, { articleId: otherArticleId, accountId: null, sessionKey: "session-2", at }),
    ).toEqual({ recorded: true });
    expect(await recordArticleView(testDb.db, { articleId, accountId: null, sessionKey: "session-3", at })).toEqual({
      recorded: true,
    });
  });

  it("records one view when reloads of one session race", async () => {
    const subscriber = await createSubscriber(testDb.db);
    const view = { articleId, accountId: subscriber.id, sessionKey: "session-race" };
    const results = await Promise.all(Array.from({ length: 6 }, () => recordArticleView(testDb.db, view)));
    expect(results.filter((r) => r.recorded)).toHaveLength(1);
    expect(await testDb.db.helpArticleView.findMany({ where: { sessionKey: "session-race" } })).toEqual([
      expect.objectContaining({ accountId: subscriber.id, query: null }),
    ]);
  });
});
