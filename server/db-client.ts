import fs from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import { createPgliteAdapter } from "./pglite-adapter";
import { PrismaClient } from "./generated/prisma/client";

export type Db = PrismaClient;

export interface DbSettings {
  DATABASE_URL?: string;
  DATABASE_POOL_SIZE: number;
  PGLITE_DATA_DIR: string;
}

/** Real PostgreSQL through a pool when DATABASE_URL is set, otherwise embedded PGlite on disk. */
export function createPrismaClient(settings: DbSettings): Db {
  if (settings.DATABASE_URL) {
    const adapter = new PrismaPg({
      connectionString: settings.DATABASE_URL,
      max: settings.DATABASE_POOL_SIZE,
    });
    return new PrismaClient({ adapter });
  }
  const dataDir = path.resolve(settings.PGLITE_DATA_DIR);
  fs.mkdirSync(path.dirname(dataDir), { recursive: true });
  return createPgliteClient(new PGlite(dataDir));
}

export function createPgliteClient(pglite: PGlite): Db {
  // The adapter is typed against an older driver-adapter-utils; the runtime contract is the same.
  const adapter = createPgliteAdapter(pglite) as unknown as PrismaPg;
  return new PrismaClient({ adapter });
}
