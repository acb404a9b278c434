import pg from "pg";
import { afterAll, beforeAll } from "vitest";
import { createTestDb, testDbLabel, type TestDb } from "./test-db";
import { poll } from "./poll";

/**
 * For a connection-loss test file: a throwaway PostgreSQL database and its observer, opened before the
 * file's tests and closed after them; nothing on PGlite, which has no server backend to terminate.
 */
export function observedTestDb(): { readonly testDb: TestDb; readonly observer: pg.Client } {
  const state = {} as { testDb: TestDb; observer: pg.Client };
  beforeAll(async () => {
    if (testDbLabel() === "pglite") return;
    state.testDb = await createTestDb();
    state.observer = await openObserver(state.testDb);
  });
  afterAll(async () => {
    await state.observer?.end();
    await state.testDb?.close();
  });
  return state;
}

/**
 * A second connection to a test database on PostgreSQL (TEST_DATABASE_URL): it holds locks that stop a
 * transaction under test half-way, and terminates that transaction's backend, as a dropped connection would.
 */
export async function openObserver(testDb: TestDb): Promise<pg.Client> {
  const [{ name }] = await testDb.db.$queryRaw<[{ name: string }]>`SELECT current_database()::text AS name`;
  const url = new URL(process.env.TEST_DATABASE_URL!);
  url.pathname = `/${name}`;
  const observer = new pg.Client({ connectionString: url.toString() });
  await observer.connect();
  return observer;
}

/**
 * The backend waiting on a lock while running a statement like `statementLike` (an ILIKE pattern), with the
 * tables it has already written in its open transaction: proof that it stopped mid-transaction.
 */
export async function blockedWriter(
  observer: pg.Client,
  statementLike: string,
): Promise<{ pid: number; written: string[] }> {
  const pid = await poll(`a backend waiting in ${statementLike}`, async () => {
    // Inside a transaction the activity view is a snapshot: ask for a fresh one each time.
    await observer.query("SELECT pg_stat_clear_snapshot()");
    const { rows } = await observer.query<{ pid: number }>(
      `SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()
         AND wait_event_type = 'Lock' AND query ILIKE $1`,
      [statementLike],
    );
    return rows[0]?.pid;
  });
  const { rows } = await observer.query<{ relname: string }>(
    `SELECT DISTINCT c.relname FROM pg_locks l JOIN pg_class c ON c.oid = l.relation WHERE l.pid = $1 AND l.mode = 'RowExclusiveLock'`,
    [pid],
  );
  return { pid, written: rows.map((r) => r.relname) };
}
