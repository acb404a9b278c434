// The demo company: catalogue, staff, 60 subscribers with three months of history.
// Idempotent: does nothing when any tariff exists. Deterministic: the same PRNG seed
// gives the same people and numbers on every run; dates are relative to `now`.
//
//   tsx prisma/seed.ts      (npm run db:seed) seeds the database named by the environment.
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { PGlite } from "@electric-sql/pglite";
import { hashPassword } from "@/server/auth/password";
import { createPgliteClient, createPrismaClient, type Db } from "@/server/db-client";
import { buildCatalogue, insertCatalogue } from "./seed/catalogue";
import { insertBotQuestions } from "./seed/bot-questions";
import { buildChatHistory, DEMO_CHATS, insertChatHistory, loadChatPeople } from "./seed/chat-history";
import { seedHelpCentre } from "./seed/help-centre";
import { seedCollectionsDemo } from "./seed/collections";
import { seedHints } from "./seed/hints";
import { idFactory, Random } from "./seed/random";
import { insertStaff, STAFF } from "./seed/staff";
import { buildSubscribers, insertSubscribers, SUBSCRIBER_PASSWORD } from "./seed/subscribers";
import { addDays, historyWindow } from "./seed/time";

const DEMO_SEED = 20_261_121;
/** Serializes concurrent seeders (several app instances starting at once) on PostgreSQL. */
const SEED_LOCK_KEY = 0x5eed_de70;

export interface SeedSummary {
  tariffs: number;
  options: number;
  staff: number;
  cannedResponses: number;
  subscribers: number;
  blocked: number;
  ledgerEntries: number;
  payments: number;
  usageDays: number;
  helpArticles?: number;
  hints?: number;
  chats?: number;
  chatMessages?: number;
  ratings?: number;
  followUps?: number;
  hintImpressions?: number;
  articleViews?: number;
  botQuestions?: number;
}

/** `chats`: how many past chats to create (the metrics benchmark seeds none and bulk-loads its own). */
export async function seedDemo(
  db: Db,
  opts: { now?: Date; chats?: number } = {},
): Promise<{ seeded: boolean; summary?: SeedSummary }> {
  if ((await db.tariff.count()) > 0) return { seeded: false };

  const now = opts.now ?? new Date();
  const window = historyWindow(now);
  const rng = new Random(DEMO_SEED);
  const newId = idFactory(DEMO_SEED);

  // argon2 is slow on purpose: hash each distinct demo password once and reuse the hash.
  const passwords = [...new Set([...STAFF.map((s) => s.password), SUBSCRIBER_PASSWORD])];
  const hashes = new Map(await Promise.all(passwords.map(async (p) => [p, await hashPassword(p)] as const)));
  const subscriberHash = hashes.get(SUBSCRIBER_PASSWORD);
  if (!subscriberHash) throw new Error("The subscriber password was not hashed");

  const catalogue = buildCatalogue(newId);
  const subscribers = buildSubscribers(rng.fork(2), window, catalogue, subscriberHash, newId);
  const longAgo = addDays(window.start, -3 * 365);

  // One transaction: a failed seed leaves nothing behind, so the next start seeds again.
  const result = await db.$transaction(
    async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(${SEED_LOCK_KEY})`;
      if ((await tx.tariff.count()) > 0) return { seeded: false };
      const summary: SeedSummary = {
        ...(await insertCatalogue(tx, catalogue, longAgo)),
        ...(await insertStaff(tx, hashes, newId, longAgo)),
        ...(await insertSubscribers(tx, subscribers)),
      };
      await seedHelpCentre(tx);
      summary.helpArticles = await tx.helpArticle.count();
      summary.hints = await seedHints(tx);
      // Where promoters are invited to review; admins change them at /admin/reviews.
      await tx.reviewPlatform.createMany({
        data: [
          { name: "Яндекс Карты", url: "https://yandex.ru/maps/" },
          { name: "2ГИС", url: "https://2gis.ru/" },
        ],
      });
      // After the staff, subscribers, hints and articles that the chats and help sessions point at.
      const chats = buildChatHistory(rng.fork(3), window, await loadChatPeople(tx), opts.chats ?? DEMO_CHATS, newId);
      Object.assign(summary, await insertChatHistory(tx, chats));
      summary.botQuestions = await insertBotQuestions(tx, chats, newId);
      return { seeded: true, summary };
    },
    { maxWait: 30_000, timeout: 120_000 },
  );
  // Through the domain's own transaction, after the history it reads; idempotent, so a retry takes nothing twice.
  if (result.seeded) await seedCollectionsDemo(db, now);
  return result;
}

/**
 * The client for the CLI, from the environment. PostgreSQL goes through createPrismaClient; for embedded
 * PGlite we open the data folder ourselves (as createPrismaClient would) so that we can close it: a
 * PGlite left open behind Prisma keeps the process alive and skips its clean shutdown.
 */
function openDb(env: { DATABASE_URL?: string; DATABASE_POOL_SIZE: number; PGLITE_DATA_DIR: string }) {
  if (env.DATABASE_URL) {
    const db = createPrismaClient(env);
    return { db, where: "PostgreSQL", close: () => db.$disconnect() };
  }
  const dataDir = path.resolve(env.PGLITE_DATA_DIR);
  fs.mkdirSync(path.dirname(dataDir), { recursive: true });
  const pglite = new PGlite(dataDir);
  const db = createPgliteClient(pglite);
  return {
    db,
    where: `PGlite at ${env.PGLITE_DATA_DIR}`,
    async close() {
      await db.$disconnect();
      await pglite.close();
    },
  };
}

function isMissingTable(error: unknown): boolean {
  const e = error as { code?: unknown; cause?: { code?: unknown } } | null;
  return e?.code === "P2021" || e?.cause?.code === "42P01";
}

async function main(): Promise<void> {
  const { parseEnv } = await import("@/server/env.mjs");
  const { db, where, close } = openDb(parseEnv(process.env));
  const started = performance.now();
  try {
    const result = await seedDemo(db);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    if (!result.seeded || !result.summary) {
      console.log(`Demo seed skipped: tariffs already exist (${where}).`);
    } else {
      const s = result.summary;
      console.log(
        `Demo seed done in ${seconds} s (${where}): ${s.tariffs} tariffs, ${s.options} options, ${s.staff} staff, ` +
          `${s.cannedResponses} canned responses, ${s.subscribers} subscribers (${s.blocked} blocked for debt), ` +
          `${s.ledgerEntries} ledger entries, ${s.payments} payments, ${s.usageDays} usage days, ` +
          `${s.chats ?? 0} past chats (${s.ratings ?? 0} rated, ${s.followUps ?? 0} follow-ups).`,
      );
    }
  } catch (error) {
    const hint = isMissingTable(error) ? " The tables are missing: run `npm run db:migrate` first." : "";
    console.error(`Demo seed failed (${where}): ${error instanceof Error ? error.message : String(error)}${hint}`);
    process.exitCode = 1;
  } finally {
    await close();
  }
}

const entry = process.argv[1];
if (entry && import.meta.url === pathToFileURL(entry).href) {
  void main();
}
