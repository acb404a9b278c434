import fs from "node:fs";
import path from "node:path";
import { randomUUID } from "node:crypto";
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { createPrismaClient, createPgliteClient, type Db } from "@/server/db-client";

const migrationsDir = path.resolve(import.meta.dirname, "../../prisma/migrations");

function migrationScripts(): string[] {
  return fs
    .readdirSync(migrationsDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .map((name) => fs.readFileSync(path.join(migrationsDir, name, "migration.sql"), "utf8"));
}

/** Which database the integration tests run on, for test titles. */
export function testDbLabel(): "postgres" | "pglite" {
  return process.env.TEST_DATABASE_URL ? "postgres" : "pglite";
}

export interface TestDb {
  db: Db;
  kind: "pglite" | "postgres";
  close(): Promise<void>;
}

/**
 * A fresh, migrated database for one test file: in-memory PGlite by default, or a
 * throwaway database on the PostgreSQL server named by TEST_DATABASE_URL.
 */
export async function createTestDb(): Promise<TestDb> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) {
    const pglite = new PGlite();
    for (const sql of migrationScripts()) await pglite.exec(sql);
    const db = createPgliteClient(pglite);
    return {
      db,
      kind: "pglite",
      async close() {
        await db.$disconnect();
        await pglite.close();
      },
    };
  }

  const name = `portal_test_${randomUUID().replace(/-/g, "").slice(0, 16)}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const setup = new pg.Client({ connectionString: url.toString() });
  await setup.connect();
  for (const sql of migrationScripts()) await setup.query(sql);
  await setup.end();

  const db = createPrismaClient({ DATABASE_URL: url.toString(), DATABASE_POOL_SIZE: 25, PGLITE_DATA_DIR: "" });
  return {
    db,
    kind: "postgres",
    async close() {
      await db.$disconnect();
      // The pool's connections close asynchronously after $disconnect; terminating one still open
      // (DROP … WITH FORCE) sends it a FATAL that nobody listens for any more. Wait for them first.
      for (let waited = 0; waited < 5_000; waited += 50) {
        const { rows } = await admin.query<{ open: number }>(
          "SELECT count(*)::int AS open FROM pg_stat_activity WHERE datname = $1",
          [name],
        );
        if (!rows[0]?.open) break;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    },
  };
}
