import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { testDbLabel } from "@/server/testing/test-db";
import { withAdvisoryLock, type LockSession } from "./advisory-lock";
import { createProcessLoop } from "./process-loop";

// Advisory locks need no tables: the server's own database (or an in-memory PGlite) will do.
const serverUrl = process.env.TEST_DATABASE_URL;
const KEY = 7_310_001;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

let pglite: PGlite | undefined;
const clients: pg.Client[] = [];

/** One more session, as another app instance would hold: PGlite has a single one, shared. */
async function openSession(): Promise<LockSession> {
  if (!serverUrl) {
    pglite ??= new PGlite();
    await pglite.waitReady;
    return pglite;
  }
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  clients.push(client);
  return client;
}

async function locksHeld(session: LockSession): Promise<number> {
  const { rows } = await session.query(
    "SELECT count(*)::int AS held FROM pg_locks WHERE locktype = 'advisory' AND objid = $1",
    [KEY],
  );
  return (rows[0] as { held: number }).held;
}

let session: LockSession;
beforeAll(async () => {
  session = await openSession();
});
afterAll(async () => {
  await Promise.all(clients.map((client) => client.end()));
  await pglite?.close();
});

describe(`advisory lock (${testDbLabel()})`, () => {
  it("holds the lock while the work runs and releases it afterwards", async () => {
    let heldDuringWork = 0;
    const ran = await withAdvisoryLock(session, KEY, async () => {
      heldDuringWork = await locksHeld(session);
    });
    expect(ran).toBe(true);
    expect(heldDuringWork).toBe(1);
    expect(await locksHeld(session)).toBe(0);
  });

  it("releases the lock when the work fails", async () => {
    await expect(
      withAdvisoryLock(session, KEY, async () => Promise.reject(new Error("report failed"))),
    ).rejects.toThrow("report failed");
    expect(await locksHeld(session)).toBe(0);
  });

  // Another instance means another session, which only PostgreSQL has (PGlite is one process's own database).
  it.runIf(serverUrl)(
    "lets a second instance skip the work while the first holds the lock, and take it afterwards",
    async () => {
      const other = await openSession();
      let otherRan: boolean | undefined;
      await withAdvisoryLock(session, KEY, async () => {
        otherRan = await withAdvisoryLock(other, KEY, async () => {});
      });
      expect(otherRan).toBe(false);
      expect(await withAdvisoryLock(other, KEY, async () => {})).toBe(true);
    },
  );

  it.runIf(serverUrl)("runs a locked loop's pass on one instance at a time", async () => {
    let active = 0;
    let mostAtOnce = 0;
    const pass = async () => {
      active++;
      mostAtOnce = Math.max(mostAtOnce, active);
      await sleep(60);
      active--;
    };
    const sessions = [session, await openSession()];
    const loops = sessions.map((each) =>
      createProcessLoop({ name: "test.report", intervalMs: 15, pass, lock: { key: KEY, session: async () => each } }),
    );
    for (const loop of loops) loop.start();
    await sleep(500);
    await Promise.all(loops.map((loop) => loop.stop()));

    const runs = loops.reduce((sum, loop) => sum + loop.health().runs, 0);
    expect(mostAtOnce).toBe(1);
    expect(runs).toBeGreaterThanOrEqual(3);
    expect(loops.map((loop) => loop.health().lastError)).toEqual([null, null]);
  });
});
