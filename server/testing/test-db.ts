import fs from "node:fs";
import path from "node:path";
import { createHash, randomUUID } from "node:crypto";
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { createPrismaClient, createPgliteClient, type Db } from "@/server/db-client";

const migrationsDir = path.resolve(import.meta.dirname, "../../prisma/migrations");
const templatesDir = path.resolve(import.meta.dirname, "../../.data/test-templates");

function migrationScripts(): string[] {
  return fs
    .readdirSync(migrationsDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .map((name) => fs.readFileSync(path.join(migrationsDir, name, "migration.sql"), "utf8"));
}

/** Names the migrated schema, so a template built from other migrations is never reused. */
function schemaKey(scripts: string[]): string {
  return createHash("sha256").update(scripts.join("\n-- next migration\n")).digest("hex").slice(0, 16);
}

/**
 * The migrated, empty embedded database as a tarball, built once per schema and kept under
 * .data/: starting PGlite from it takes a fraction of initdb plus every migration, which
 * every test file would otherwise pay.
 */
async function pgliteTemplate(): Promise<Blob> {
  const scripts = migrationScripts();
  const file = path.join(templatesDir, `pglite-${schemaKey(scripts)}.tar`);
  if (!fs.existsSync(file)) {
    const pglite = new PGlite();
    for (const sql of scripts) await pglite.exec(sql);
    const tarball = await pglite.dumpDataDir("none");
    await pglite.close();
    fs.mkdirSync(templatesDir, { recursive: true });
    // Written aside and renamed, so a file racing to read it never sees half a tarball.
    const partial = `${file}.${randomUUID()}`;
    fs.writeFileSync(partial, Buffer.from(await tarball.arrayBuffer()));
    fs.renameSync(partial, file);
    // Templates of earlier migrations are never read again (43 MB each).
    for (const old of fs.readdirSync(templatesDir)) {
      if (old.startsWith("pglite-") && old.endsWith(".tar") && path.join(templatesDir, old) !== file) {
        fs.rmSync(path.join(templatesDir, old), { force: true });
      }
    }
  }
  return new Blob([fs.readFileSync(file)]);
}

/**
 * The migrated, empty PostgreSQL database that throwaway databases are copied from
 * (CREATE DATABASE … TEMPLATE), built once per schema on the server. It is migrated under a
 * temporary name and renamed when complete, so an interrupted build is never used.
 */
async function postgresTemplate(admin: pg.Client, serverUrl: string): Promise<string> {
  const scripts = migrationScripts();
  const template = `portal_template_${schemaKey(scripts)}`;
  const found = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [template]);
  if (found.rowCount) return template;
  const building = `portal_building_${randomUUID().replace(/-/g, "").slice(0, 16)}`;
  await admin.query(`CREATE DATABASE ${building}`);
  const setup = new pg.Client({ connectionString: databaseUrl(serverUrl, building) });
  await setup.connect();
  for (const sql of scripts) await setup.query(sql);
  await setup.end();
  // A database cannot be renamed, or copied, while a session is still connected to it.
  await waitUntilUnused(admin, building);
  try {
    await admin.query(`ALTER DATABASE ${building} RENAME TO ${template}`);
  } catch (error) {
    // Another test file finished the same template first (duplicate_database): use theirs.
    if ((error as { code?: string }).code !== "42P04") throw error;
    await admin.query(`DROP DATABASE IF EXISTS ${building} WITH (FORCE)`);
  }
  return template;
}

/** Connections close asynchronously after `end()` or `$disconnect()`; waits (up to 5 s) for the server to see them gone. */
async function waitUntilUnused(admin: pg.Client, name: string): Promise<void> {
  for (let waited = 0; waited < 5_000; waited += 50) {
    const { rows } = await admin.query<{ open: number }>(
      "SELECT count(*)::int AS open FROM pg_stat_activity WHERE datname = $1",
      [name],
    );
    if (!rows[0]?.open) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

function databaseUrl(serverUrl: string, name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
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
    const pglite = new PGlite({ loadDataDir: await pgliteTemplate() });
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
  await admin.query(`CREATE DATABASE ${name} TEMPLATE ${await postgresTemplate(admin, serverUrl)}`);

  const db = createPrismaClient({
    DATABASE_URL: databaseUrl(serverUrl, name),
    DATABASE_POOL_SIZE: 25,
    PGLITE_DATA_DIR: "",
  });
  return {
    db,
    kind: "postgres",
    async close() {
      await db.$disconnect();
      // Terminating a pool connection still open (DROP … WITH FORCE) sends it a FATAL that nobody
      // listens for any more.
      await waitUntilUnused(admin, name);
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    },
  };
}
