import { describe, expect, it } from "vitest";
import { splitSqlScript } from "./split-sql-script";

describe("splitSqlScript", () => {
  it("splits at the semicolons that end statements", () => {
    expect(splitSqlScript("CREATE TABLE a (x int);\nALTER TABLE a ADD y int;\n")).toEqual([
      "CREATE TABLE a (x int)",
      "ALTER TABLE a ADD y int",
    ]);
  });

  it("keeps a dollar-quoted function body whole, with or without a tag", () => {
    const body =
      "CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $$\nBEGIN\n  PERFORM 1;\n  RETURN NEW;\nEND\n$$";
    const tagged = "CREATE FUNCTION g() RETURNS int LANGUAGE sql AS $fn$ SELECT 1; $fn$";
    expect(splitSqlScript(`${body};\n${tagged};\nSELECT 2;`)).toEqual([body, tagged, "SELECT 2"]);
  });

  it("ignores semicolons in strings, quoted names and comments", () => {
    const script = `INSERT INTO "a;b" VALUES ('x;y', 'it''s; fine'); -- a comment; here\n/* block; */ SELECT 1;`;
    expect(splitSqlScript(script)).toEqual([
      `INSERT INTO "a;b" VALUES ('x;y', 'it''s; fine')`,
      "-- a comment; here\n/* block; */ SELECT 1",
    ]);
  });

  it("splits every migration of the project so that each function stays whole", async () => {
    const fs = await import("node:fs");
    const path = await import("node:path");
    const dir = path.resolve("prisma", "migrations");
    for (const name of fs.readdirSync(dir).filter((entry) => fs.statSync(path.join(dir, entry)).isDirectory())) {
      for (const statement of splitSqlScript(fs.readFileSync(path.join(dir, name, "migration.sql"), "utf8"))) {
        // An odd number of $$ would mean a function body was cut.
        expect({ name, quotes: (statement.match(/\$\$/g) ?? []).length % 2 }).toEqual({ name, quotes: 0 });
      }
    }
  });
});
