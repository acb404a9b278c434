import fs from "node:fs";
import path from "node:path";
import type { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { attachDriver } from "./db-driver";
import { PrismaClient } from "./generated/prisma/client";

export type Db = PrismaClient;

export interface DbSettings {
  DATABASE_URL?: string;
  DATABASE_POOL_SIZE: number;
  PGLITE_DATA_DIR: string;
}

/**
 * Real PostgreSQL through a pool when DATABASE_URL is set, otherwise embedded PGlite on disk. The pool (or
 * PGlite) is also the client's driver for server/db-driver.ts.
 */
export function createPrismaClient(settings: DbSettings): Db {
  if (settings.DATABASE_URL) {
    const pool = new pg.Pool({ connectionString: settings.DATABASE_URL, max: settings.DATABASE_POOL_SIZE });
    // An idle connection the server closed is dropped by the pool and replaced on the next query; unheard, the
    // pool's 'error' event would end the process.
    pool.on("error", () => undefined);
    const db = new PrismaClient({ adapter: releasingDroppedConnections(new PrismaPg(pool)) });
    attachDriver(db, { kind: "pg", pool });
    // Prisma ends only a pool it made; this one also serves the driver, used or not by Prisma before.
    const disconnect = db.$disconnect.bind(db);
    db.$disconnect = async () => {
      await disconnect();
      if (!pool.ended) await pool.end();
    };
    return db;
  }
  const dataDir = path.resolve(settings.PGLITE_DATA_DIR);
  fs.mkdirSync(path.dirname(dataDir), { recursive: true });
  let opening: Promise<PGlite> | undefined;
  const open = () =>
    (opening ??= import("@electric-sql/pglite").then(({ PGlite }) => {
      const pglite = new PGlite(dataDir);
      embeddedDatabases.set(db, pglite);
      return pglite;
    }));
  const db: Db = new PrismaClient({ adapter: embeddedAdapter(open) });
  attachDriver(db, { kind: "pglite", open });
  return db;
}

/**
 * Prisma's engine gives a transaction's connection back to the pool only after its ROLLBACK
 * or COMMIT succeeded. When the server dropped the connection mid-transaction (restart,
 * failover, pg_terminate_backend) that statement fails too and the slot leaked for good:
 * after DATABASE_POOL_SIZE such drops every query waited forever. Release it anyway; the
 * pool discards a dead client (change-tariff-connection-loss.int.test.ts).
 */
function releasingDroppedConnections(factory: PrismaPg): PrismaPg {
  const connect = factory.connect.bind(factory);
  factory.connect = async () => {
    const adapter = await connect();
    const startTransaction = adapter.startTransaction.bind(adapter);
    adapter.startTransaction = async (isolationLevel) => {
      const tx = await startTransaction(isolationLevel);
      const executeRaw = tx.executeRaw.bind(tx);
      tx.executeRaw = async (query) => {
        try {
          return await executeRaw(query);
        } catch (error) {
          if (query.sql === "ROLLBACK" || query.sql === "COMMIT") await tx.rollback();
          throw error;
        }
      };
      return tx;
    };
    return adapter;
  };
  return factory;
}

// PGlite only guarantees its files after close(); the client alone cannot close it. On globalThis, like the driver
// registry: the module that closes the client (Next's copy, at shutdown) may not be the copy that created it.
const registry = globalThis as unknown as { portalEmbeddedDatabases?: WeakMap<Db, PGlite> };
const embeddedDatabases = (registry.portalEmbeddedDatabases ??= new WeakMap<Db, PGlite>());

export function createPgliteClient(pglite: PGlite): Db {
  const open = async () => pglite;
  const db = new PrismaClient({ adapter: embeddedAdapter(open) });
  embeddedDatabases.set(db, pglite);
  attachDriver(db, { kind: "pglite", open });
  return db;
}

/**
 * The embedded database's adapter, whose modules (PGlite and its Prisma adapter) load at the first query: an app on
 * PostgreSQL never queries it, and importing them up front cost every such process about 15 MB.
 */
function embeddedAdapter(open: () => Promise<PGlite>): PrismaPg {
  const factory = {
    provider: "postgres",
    adapterName: "pglite-prisma-adapter",
    async connect() {
      const [{ createPgliteAdapter }, pglite] = await Promise.all([import("./pglite-adapter"), open()]);
      return createPgliteAdapter(pglite).connect();
    },
  };
  // The adapter is typed against an older driver-adapter-utils; the runtime contract is the same.
  return factory as unknown as PrismaPg;
}

/** Ends the client and, for the embedded database, closes its files cleanly. */
export async function closePrismaClient(db: Db): Promise<void> {
  await db.$disconnect();
  await embeddedDatabases.get(db)?.close();
}
