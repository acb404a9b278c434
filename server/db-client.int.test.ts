import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { closePrismaClient, createPrismaClient } from "./db-client";

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
