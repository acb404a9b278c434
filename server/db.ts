import "server-only";
import { closePrismaClient, createPrismaClient, type Db } from "./db-client";
import { env } from "./env.mjs";

// One client per process: PGlite's data folder may be opened by one process only,
// and Next's module layers would otherwise create several.
const globalForDb = globalThis as unknown as { portalDb?: Db };

export function getDb(): Db {
  globalForDb.portalDb ??= createPrismaClient(env());
  return globalForDb.portalDb;
}

/** At shutdown: the embedded database's files are complete only after a clean close. */
export async function closeDb(): Promise<void> {
  const db = globalForDb.portalDb;
  globalForDb.portalDb = undefined;
  if (db) await closePrismaClient(db);
}

export type { Db } from "./db-client";
