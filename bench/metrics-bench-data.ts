/**
 * The metrics benchmark's database: the demo company without its chats, then up to TEMPLATE_CHATS chats from
 * the demo seed's own chat-history generator (same shapes, timings and ratings), bulk-inserted a few thousand
 * at a time, and past that the template copied set-based in SQL (metrics-bench-copies.ts): generating and
 * inserting 1,000,000 chats from JS took longer than half an hour.
 */
import type { Db } from "@/server/db-client";
import { seedDemo } from "@/prisma/seed";
import {
  appendChatHistory,
  emptyChatHistory,
  generateChatHistory,
  insertChatHistory,
  loadChatPeople,
} from "@/prisma/seed/chat-history";
import { idFactory, Random } from "@/prisma/seed/random";
import { historyWindow } from "@/prisma/seed/time";
import { copyTemplateChats } from "./metrics-bench-copies";

const BENCH_SEED = 20_261_200;
const CHATS_PER_BATCH = 2000;
/** Generated chats; more are copies of these. About 110 a day over the 90 days, every shape many times over. */
export const TEMPLATE_CHATS = 10_000;

export type LoadedCounts = Awaited<ReturnType<typeof insertChatHistory>>;

export async function loadSyntheticChats(db: Db, now: Date, chats: number): Promise<LoadedCounts> {
  await seedDemo(db, { now, chats: 0 });
  const people = await loadChatPeople(db);
  let batch = emptyChatHistory();
  for (const rows of generateChatHistory(
    new Random(BENCH_SEED),
    historyWindow(now),
    people,
    Math.min(chats, TEMPLATE_CHATS),
    idFactory(BENCH_SEED),
  )) {
    appendChatHistory(batch, rows);
    if (batch.chats.length >= CHATS_PER_BATCH) {
      await insertChatHistory(db, batch);
      batch = emptyChatHistory();
    }
  }
  await insertChatHistory(db, batch);
  if (chats > TEMPLATE_CHATS) await copyTemplateChats(db, now, chats);
  // Fresh statistics, as autovacuum would have gathered on a live database; without them the planner guesses.
  await db.$executeRawUnsafe("ANALYZE");
  const [counts] = await db.$queryRaw<LoadedCounts[]>`
    SELECT (SELECT COUNT(*) FROM "Chat")::int AS "chats", (SELECT COUNT(*) FROM "ChatMessage")::int AS "chatMessages",
      (SELECT COUNT(*) FROM "Rating")::int AS "ratings", (SELECT COUNT(*) FROM "FollowUp")::int AS "followUps",
      (SELECT COUNT(*) FROM "HintImpression")::int AS "hintImpressions",
      (SELECT COUNT(*) FROM "HelpArticleView")::int AS "articleViews"`;
  return counts!;
}
