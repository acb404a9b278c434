// `npm run db:new-migration -- <name>`: writes the SQL that takes the committed schema
// (which always matches the committed migrations) to the schema in the work tree.
// `prisma migrate dev` cannot replay earlier migrations into PGlite's shadow database,
// and with a driver adapter the diff cannot read a live database either.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { execFileSync } from "node:child_process";

const name = process.argv[2];
if (!name || !/^[a-z0-9-]+$/.test(name)) {
  console.error("Usage: npm run db:new-migration -- <kebab-case-name>");
  process.exit(1);
}

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "portal-migrate-"));
// The config opens its adapter even for a diff: point it at a scratch folder, not the live data.
const env = { ...process.env, DATABASE_URL: "", PGLITE_DATA_DIR: path.join(scratch, "db") };
try {
  const committedSchema = path.join(scratch, "schema.prisma");
  fs.writeFileSync(committedSchema, execFileSync("git", ["show", "HEAD:prisma/schema.prisma"], { encoding: "utf8" }));
  const sql = execFileSync(
    "npx",
    [
      "prisma",
      "migrate",
      "diff",
      "--from-schema-datamodel",
      committedSchema,
      "--to-schema-datamodel",
      "prisma/schema.prisma",
      "--script",
    ],
    { env, encoding: "utf8" },
  );
  if (!sql.trim() || /empty migration/i.test(sql)) {
    console.log("The schema matches the migrations: nothing to write.");
  } else {
    const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
    const dir = path.join("prisma", "migrations", `${stamp}_${name.replace(/-/g, "_")}`);
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, "migration.sql"), sql);
    console.log(`Wrote ${dir}/migration.sql`);
  }
} finally {
  fs.rmSync(scratch, { recursive: true, force: true });
}
