/**
 * The outbox relay's scan of messenger chats, with many ended chats beside a few open ones: the query as it was
 * (every ChannelChat joined to its Chat) against the one that reads active rows only. `npx tsx
 * bench/relay-scan-probe.ts [endedChats]`; TEST_DATABASE_URL for PostgreSQL, in-memory PGlite otherwise.
 */
import { randomBytes } from "node:crypto";
import { createTestDb, testDbLabel } from "@/server/testing/test-db";
import { relayReplies } from "@/server/domain/channels/relay-replies";

const ENDED = Number(process.argv[2] ?? 20_000);
const OPEN = 50;
const ROUNDS = 20;

const testDb = await createTestDb();
const { db } = testDb;
const inbox = await db.inbox.create({
  data: { channel: "TELEGRAM", name: "probe", sealedSecrets: "x", tokenHint: "…x" },
});
const contact = await db.channelContact.create({
  data: { inboxId: inbox.id, externalId: "1", visitorToken: `ch_${randomBytes(9).toString("hex")}` },
});
const fill = async (prefix: string, count: number, ended: boolean) => {
  await db.$executeRawUnsafe(`
    INSERT INTO "Chat" ("id", "state", "channel", "lastSeq", "createdAt", "queuedAt", "closedAt")
    SELECT '${prefix}' || g, '${ended ? "RATED" : "ASSIGNED"}', 'TELEGRAM', 6, now(), now(), ${ended ? "now()" : "NULL"}
      FROM generate_series(1, ${count}) g`);
  await db.$executeRawUnsafe(`
    INSERT INTO "ChannelChat" ("chatId", "contactId", "relayedSeq", "ratingPromptedAt", "active")
    SELECT '${prefix}' || g, '${contact.id}', 6, ${ended ? "now()" : "NULL"}, ${ended ? "false" : "true"}
      FROM generate_series(1, ${count}) g`);
};
await fill("ended", ENDED, true);
await fill("open", OPEN, false);
await db.$executeRawUnsafe(`ANALYZE`);

// The scan before this change: no filter on the ChannelChat side.
const before = () =>
  db.$queryRawUnsafe(`
  SELECT cc."chatId", cc."relayedSeq", c."lastSeq"
    FROM "ChannelChat" cc
    JOIN "Chat" c ON c."id" = cc."chatId"
    JOIN "ChannelContact" ct ON ct."id" = cc."contactId"
   WHERE c."lastSeq" > cc."relayedSeq"
      OR (c."state" = 'CLOSED' AND c."queuedAt" IS NOT NULL AND cc."ratingPromptedAt" IS NULL)
   LIMIT 100`);
// The scan now, alone, and the whole pass (it also settles ended chats first).
const afterScan = () =>
  db.$queryRawUnsafe(`
  SELECT cc."chatId", cc."relayedSeq", c."lastSeq"
    FROM "ChannelChat" cc
    JOIN "Chat" c ON c."id" = cc."chatId"
    JOIN "ChannelContact" ct ON ct."id" = cc."contactId"
   WHERE cc."active" AND (c."lastSeq" > cc."relayedSeq" OR (c."state" = 'CLOSED' AND cc."ratingPromptedAt" IS NULL))
   LIMIT 100`);
const after = () => relayReplies(db, { siteUrl: "http://localhost" });

async function timeIt(run: () => Promise<unknown>) {
  await run();
  const times: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    const start = performance.now();
    await run();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { medianMs: Number(times[Math.floor(ROUNDS / 2)]!.toFixed(2)), maxMs: Number(times.at(-1)!.toFixed(2)) };
}

const plan = (await db.$queryRawUnsafe(`
  EXPLAIN SELECT cc."chatId" FROM "ChannelChat" cc JOIN "Chat" c ON c."id" = cc."chatId"
   WHERE cc."active" AND (c."lastSeq" > cc."relayedSeq" OR (c."state" = 'CLOSED' AND cc."ratingPromptedAt" IS NULL))
   LIMIT 100`)) as Array<{ "QUERY PLAN": string }>;
console.log(
  JSON.stringify(
    {
      database: testDbLabel(),
      endedChats: ENDED,
      openChats: OPEN,
      before: await timeIt(before),
      afterScan: await timeIt(afterScan),
      afterWholePass: await timeIt(after),
      planAfter: plan.map((row) => row["QUERY PLAN"]),
    },
    null,
    2,
  ),
);
await testDb.close();
