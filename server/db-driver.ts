/**
 * The driver under a Prisma client (the pg pool or the PGlite instance), for the few hot paths whose
 * statements are already hand-written SQL. Prisma 6.19's client engine costs about 0.27 ms of CPU per raw
 * statement and 0.6 ms per interactive transaction on the main thread, several times what the database
 * spends on them (issue 19's portal bench); here a statement costs what `pg` or PGlite cost. Statements are
 * Prisma.sql templates, and rows come back in the shapes $queryRaw gives on both databases (timestamps as
 * UTC Dates, json parsed, int4 as number). Everything else goes through Prisma.
 */
import type { PGlite, Transaction as PgliteTransaction } from "@electric-sql/pglite";
import pg from "pg";
import { Prisma } from "./generated/prisma/client";

export interface SqlRunner {
  /** The statement's rows. */
  query<T>(statement: Prisma.Sql): Promise<T[]>;
}

/** PGlite is opened at its first query (db-client.ts): an app that never queries it never loads it. */
type Driver = { kind: "pg"; pool: pg.Pool } | { kind: "pglite"; open: () => Promise<PGlite> };

// Keyed by the Prisma client the driver serves (db-client.ts attaches it when it creates one). On globalThis, as
// server/db.ts keeps the client: Next bundles this module into several layers, and each must find the driver.
const registry = globalThis as unknown as { portalDbDrivers?: WeakMap<object, Driver> };
const drivers = (registry.portalDbDrivers ??= new WeakMap<object, Driver>());

export function attachDriver(db: object, driver: Driver): void {
  drivers.set(db, driver);
}

function driverOf(db: object): Driver {
  const driver = drivers.get(db);
  if (!driver) throw new Error("no driver attached to this Prisma client (create it with server/db-client.ts)");
  return driver;
}

const TIMESTAMP_OID = 1114;
/** `timestamp(3)` columns hold UTC wall time, as Prisma writes and reads them; inside JSON they come the same way. */
export const parseUtcTimestamp = (text: string) => new Date(`${text.replace(" ", "T")}Z`);
/** Dates go out as UTC text: a `timestamp` parameter keeps its wall time, so the column gets UTC as Prisma's would. */
const toParameter = (value: unknown) => (value instanceof Date ? value.toISOString() : value);

const pgTypes = {
  getTypeParser: ((oid: number, format?: "text" | "binary") =>
    oid === TIMESTAMP_OID
      ? parseUtcTimestamp
      : pg.types.getTypeParser(oid, format)) as pg.CustomTypesConfig["getTypeParser"],
};

function pgRunner(client: pg.Pool | pg.PoolClient): SqlRunner {
  return {
    async query<T>(statement: Prisma.Sql) {
      const result = await client.query({
        text: statement.text,
        values: statement.values.map(toParameter),
        types: pgTypes,
      });
      return result.rows as T[];
    },
  };
}

const pgliteParsers = { [TIMESTAMP_OID]: parseUtcTimestamp };

function pgliteRunner(open: () => Promise<PGlite | PgliteTransaction>): SqlRunner {
  return {
    async query<T>(statement: Prisma.Sql) {
      const client = await open();
      const result = await client.query<T>(statement.text, statement.values.map(toParameter), {
        parsers: pgliteParsers,
      });
      return result.rows;
    },
  };
}

/** One statement on its own, outside any transaction. */
export function sqlRunner(db: object): SqlRunner {
  const driver = driverOf(db);
  return driver.kind === "pg" ? pgRunner(driver.pool) : pgliteRunner(driver.open);
}

/**
 * Runs `work` in one transaction on one connection: committed when it resolves, rolled back when it throws.
 * A connection that died mid-transaction (its ROLLBACK fails too) is discarded, not returned to the pool.
 */
export async function sqlTransaction<T>(db: object, work: (sql: SqlRunner) => Promise<T>): Promise<T> {
  const driver = driverOf(db);
  if (driver.kind === "pglite") return (await driver.open()).transaction((tx) => work(pgliteRunner(async () => tx)));
  const client = await driver.pool.connect();
  // A backend terminated while this client is checked out emits 'error' on it: heard here, thrown by the next query.
  const ignore = () => undefined;
  client.on("error", ignore);
  const release = (error?: Error) => {
    client.removeListener("error", ignore);
    client.release(error);
  };
  try {
    await client.query("BEGIN");
    const result = await work(pgRunner(client));
    await client.query("COMMIT");
    release();
    return result;
  } catch (error) {
    await client.query("ROLLBACK").then(
      () => release(),
      (rollbackError: Error) => release(rollbackError),
    );
    throw error;
  }
}

/**
 * Several writes as one statement (data-modifying WITH clauses): one round trip instead of one each. They run
 * once, all on one snapshot, so none may depend on another's rows beyond foreign keys (checked at the end).
 */
export function inOneStatement(writes: Prisma.Sql[]): Prisma.Sql {
  const clauses = writes.map((write, i) => Prisma.sql`${Prisma.raw(`"w${i}"`)} AS (${write})`);
  return Prisma.sql`WITH ${Prisma.join(clauses, ", ")} SELECT 1`;
}
