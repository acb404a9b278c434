// Applies prisma/migrations to the embedded database and closes it cleanly. The Prisma CLI
// leaves PGlite open when it exits, and PGlite only guarantees its files after a clean
// close, so a `migrate deploy` on PGlite could be lost. The bookkeeping table is Prisma's
// own, so `prisma migrate status` still reads it.
import fs from "node:fs";
import path from "node:path";
import { createHash, randomUUID } from "node:crypto";
import { PGlite } from "@electric-sql/pglite";

const migrationsDir = path.resolve("prisma", "migrations");

export async function migrateEmbedded(dataDir: string): Promise<string[]> {
  fs.mkdirSync(path.dirname(path.resolve(dataDir)), { recursive: true });
  const db = new PGlite(path.resolve(dataDir));
  const applied: string[] = [];
  try {
    await db.exec(`CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
      "id" VARCHAR(36) PRIMARY KEY NOT NULL, "checksum" VARCHAR(64) NOT NULL, "finished_at" TIMESTAMPTZ,
      "migration_name" VARCHAR(255) NOT NULL, "logs" TEXT, "rolled_back_at" TIMESTAMPTZ,
      "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(), "applied_steps_count" INTEGER NOT NULL DEFAULT 0)`);
    const done = new Set(
      (
        await db.query<{ migration_name: string }>(
          `SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
        )
      ).rows.map((r) => r.migration_name),
    );
    const names = fs
      .readdirSync(migrationsDir, { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => e.name)
      .sort();
    for (const name of names.filter((n) => !done.has(n))) {
      const sql = fs.readFileSync(path.join(migrationsDir, name, "migration.sql"), "utf8");
      const checksum = createHash("sha256").update(sql).digest("hex");
      await db.transaction(async (tx) => {
        await tx.exec(sql);
        await tx.query(
          `INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, applied_steps_count) VALUES ($1, $2, now(), $3, 1)`,
          [randomUUID(), checksum, name],
        );
      });
      applied.push(name);
    }
  } finally {
    await db.close();
  }
  return applied;
}
