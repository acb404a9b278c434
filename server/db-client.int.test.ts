import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { PGlite } from "@electric-sql/pglite";
import { closePrismaClient, createPrismaClient, yieldingBetweenStatements } from "./db-client";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "portal-db-client-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("the embedded database behind createPrismaClient", () => {
  it("opens its folder at the first query, not before, and keeps what was written after a clean close", async () => {
    const settings = { DATABASE_POOL_SIZE: 1, PGLITE_DATA_DIR: path.join(dir, "pglite") };
    const first = createPrismaClient(settings);
    expect(fs.existsSync(settings.PGLITE_DATA_DIR)).toBe(false);
    await first.$executeRawUnsafe("CREATE TABLE kept (n int)");
    await first.$executeRawUnsafe("INSERT INTO kept VALUES (7)");
    expect(fs.existsSync(settings.PGLITE_DATA_DIR)).toBe(true);
    await closePrismaClient(first);

    const second = createPrismaClient(settings);
    expect(await second.$queryRawUnsafe("SELECT n FROM kept")).toEqual([{ n: 7 }]);
    await closePrismaClient(second);
  }, 60_000); // a fresh data folder runs initdb: seconds on a busy machine
});

describe("the embedded database's statements", () => {
  // What a page does: its first part's statements, then others queued behind them, and the server meanwhile has
  // a response to write (a timer or I/O callback). Counts how many statements had finished when the event loop
  // next got a turn.
  async function finishedBeforeTheLoopTurned(pglite: PGlite): Promise<number> {
    let turned = false;
    let finishedBefore = 0;
    setImmediate(() => (turned = true));
    await Promise.all(
      Array.from({ length: 8 }, () => pglite.query("SELECT 1").then(() => (finishedBefore += turned ? 0 : 1))),
    );
    return finishedBefore;
  }

  it("give the event loop a turn between them, so a streamed page's first part leaves before the rest has run", async () => {
    const plain = await PGlite.create();
    const yielding = yieldingBetweenStatements(await PGlite.create());
    try {
      expect(await finishedBeforeTheLoopTurned(plain)).toBe(8);
      expect(await finishedBeforeTheLoopTurned(yielding)).toBeLessThan(2);
      // Still one at a time and in order, inside transactions too.
      const order: number[] = [];
      await yielding.transaction(async (tx) => {
        await Promise.all([1, 2, 3].map((n) => tx.query("SELECT $1::int AS n", [n]).then(() => order.push(n))));
      });
      expect(order).toEqual([1, 2, 3]);
    } finally {
      await plain.close();
      await yielding.close();
    }
  }, 60_000);
});
