/**
 * The metrics benchmark's database: the demo company without its chats, then N chats from the
 * demo seed's own chat-history generator (same shapes, timings and ratings), bulk-inserted a
 * few thousand at a time so 100,000 chats never sit in memory at once.
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

const BENCH_SEED = 20_261_200;
const CHATS_PER_BATCH = 2000;

export type LoadedCounts = Awaited<ReturnType<typeof insertChatHistory>>;

export async function loadSyntheticChats(
  db: Db,
  now: Date,
  chats: number,
  progress?: (done: number) => void,
): Promise<LoadedCounts> {
  await seedDemo(db, { now, chats: 0 });
  const people = await loadChatPeople(db);
  const totals: LoadedCounts = {
    chats: 0,
    chatMessages: 0,
    ratings: 0,
    followUps: 0,
    hintImpressions: 0,
    articleViews: 0,
  };
  let batch = emptyChatHistory();
  const flush = async () => {
    const counts = await insertChatHistory(db, batch);
    for (const key of Object.keys(totals) as Array<keyof LoadedCounts>) totals[key] += counts[key];
    batch = emptyChatHistory();
    progress?.(totals.chats);
  };
  for (const rows of generateChatHistory(
    new Random(BENCH_SEED),
    historyWindow(now),
    people,
    chats,
    idFactory(BENCH_SEED),
  )) {
    appendChatHistory(batch, rows);
    if (batch.chats.length >= CHATS_PER_BATCH) await flush();
  }
  if (batch.chats.length > 0) await flush();
  // Fresh statistics, as autovacuum would have gathered on a live database; without them the planner guesses.
  await db.$executeRawUnsafe("ANALYZE");
  return totals;
}
