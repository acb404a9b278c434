/**
 * A connection of its own to take session advisory locks on: such a lock belongs to the
 * connection that took it, and a pool (Prisma's) may run the unlock on another one. A
 * `pg.Client` and a `PGlite` instance both fit.
 */
export interface LockSession {
  query(sql: string, params: unknown[]): Promise<{ rows: unknown[] }>;
}

/**
 * Runs `work` only while holding advisory lock `key` (pg_try_advisory_lock: never waits).
 * Resolves false without running it when another session holds the lock. If the session's
 * connection drops mid-work the server frees the lock, so the work must still be idempotent.
 */
export async function withAdvisoryLock(
  session: LockSession,
  key: number,
  work: () => Promise<unknown>,
): Promise<boolean> {
  const { rows } = await session.query("SELECT pg_try_advisory_lock($1::bigint) AS locked", [key]);
  if (!(rows[0] as { locked: boolean }).locked) return false;
  try {
    await work();
  } finally {
    await session.query("SELECT pg_advisory_unlock($1::bigint)", [key]);
  }
  return true;
}
