import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, testDbLabel, type TestDb } from "@/server/testing/test-db";
import { recordingPublisher } from "@/server/testing/recording-publisher";
import type { ChatKind } from "@/server/generated/prisma/enums";
import { startChat } from "@/server/domain/chat/start-chat";
import { escalateChat } from "@/server/domain/chat/escalate-chat";
import { closeChat } from "@/server/domain/chat/close-chat";
import { metricQueries } from "./metric-queries";
import { metricsRangeOf } from "./metrics-range";

let testDb: TestDb;
const events = recordingPublisher();
const NOW = new Date("2026-06-20T12:00:00Z");
const at = (time: string) => new Date(`2026-${time}Z`);
const ids = { hint: "", article: "", banner: "" };

beforeAll(async () => {
  testDb = await createTestDb();
  ids.hint = (await testDb.db.hint.create({ data: { code: "containment", text: "Подсказка", textEn: "Hint" } })).id;
  ids.article = (
    await testDb.db.helpArticle.create({
      data: { slug: "containment", title: "Статья", titleEn: "Article", body: "…", bodyEn: "…", category: "test" },
    })
  ).id;
  ids.banner = (
    await testDb.db.banner.create({
      data: {
        title: "Быстрый интернет",
        text: "Подключите 500 Мбит/с",
        ctaLabel: "Подключить",
        topic: "Интернет 500",
        placement: "LANDING_HERO",
        audience: { kind: "VISITORS" },
        startsAt: at("01-01T00:00:00"),
        endsAt: at("12-31T00:00:00"),
        status: "ACTIVE",
      },
    })
  ).id;
});
afterAll(() => testDb.close());

const hint = (sessionKey: string, time: string) =>
  testDb.db.hintImpression.create({ data: { hintId: ids.hint, page: "account", sessionKey, createdAt: at(time) } });
const article = (sessionKey: string, time: string) =>
  testDb.db.helpArticleView.create({ data: { articleId: ids.article, sessionKey, createdAt: at(time) } });

/** A visitor's chat as the widget opens it: support with the bot first, sales from the banner straight to the queue. */
async function chat(sessionKey: string, time: string, kind: ChatKind, then?: "escalated" | "closed") {
  const party = { kind: "visitor", token: sessionKey } as const;
  const now = at(time);
  const started = await startChat(testDb.db, events, {
    party,
    kind,
    channel: "WEB",
    locale: "ru",
    sessionKey,
    bannerId: kind === "SALES" ? ids.banner : null,
    now,
  });
  if (then === "escalated") await escalateChat(testDb.db, events, started.id, "ASKED", now);
  if (then === "closed") await closeChat(testDb.db, events, { party, chatId: started.id, now });
  return started;
}

const containmentOn = (day: string) =>
  metricQueries.containment(testDb.db, metricsRangeOf({ from: day, to: day }, 60, NOW));

describe(`self-service containment (${testDbLabel()})`, () => {
  it("leaves out a banner sales chat that had no hint, article or bot, and keeps one whose session had them", async () => {
    // 10 June in Moscow = [06-09T21:00Z, 06-10T21:00Z).
    await hint("h1", "06-10T07:00:00");
    await hint("h2", "06-10T07:10:00");
    await article("a1", "06-10T07:20:00");
    await chat("b1", "06-10T07:30:00", "SUPPORT", "closed"); // the bot alone
    await hint("x1", "06-10T07:40:00");
    await article("x1", "06-10T07:45:00"); // one session, two steps
    for (const [key, time] of [
      ["e1", "06-10T08:00:00"],
      ["e2", "06-10T08:10:00"],
      ["e3", "06-10T08:20:00"],
      ["e4", "06-10T08:30:00"],
    ] as const) {
      await chat(key, time, "SUPPORT", "escalated");
    }
    await hint("s2", "06-10T09:00:00");
    await chat("s2", "06-10T09:05:00", "SALES"); // a hint first, then the banner: a help session that reached an operator
    await chat("s1", "06-10T09:30:00", "SALES"); // straight from the banner to the queue: no help session at all
    // Sessions h1 h2 a1 b1 x1 (contained), e1–e4 s2 (reached an operator); s1 is not one. The wider reading
    // counted s1 too: 11 sessions, 5 / 11 = 45.5 %.
    expect(await containmentOn("2026-06-10")).toEqual({ sessions: 10, contained: 5, share: 0.5 });
  });

  it("counts as reaching an operator only the chats of the period", async () => {
    // 12 June in Moscow = [06-11T21:00Z, 06-12T21:00Z).
    await chat("y2", "06-11T20:59:59", "SUPPORT", "escalated"); // a second before the period
    await hint("y2", "06-12T08:00:00");
    await hint("y1", "06-12T20:59:00");
    await chat("y1", "06-12T21:00:00", "SUPPORT", "escalated"); // the first second after it
    await chat("y3", "06-12T10:00:00", "SUPPORT", "escalated");
    // Sessions y1 y2 (their chats reached an operator outside the period: contained in it), y3 (reached one).
    expect(await containmentOn("2026-06-12")).toEqual({ sessions: 3, contained: 2, share: 2 / 3 });
  });
});
