/** The real chat channels replace MESSENGER: existing rows keep their chat, a MESSENGER one becomes TELEGRAM. */
import fs from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { describe, expect, it } from "vitest";

const dir = path.resolve(import.meta.dirname, "migrations");
const names = fs
  .readdirSync(dir, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();
const target = names.findIndex((name) => name.endsWith("_real_chat_channels"));
const sqlOf = (name: string) => fs.readFileSync(path.join(dir, name, "migration.sql"), "utf8");

describe("real chat channels migration", () => {
  it("maps MESSENGER to TELEGRAM and keeps WEB and MOBILE_WEB", async () => {
    const db = new PGlite();
    for (const name of names.slice(0, target)) await db.exec(sqlOf(name));
    for (const [id, channel] of [
      ["c-web", "WEB"],
      ["c-phone", "MOBILE_WEB"],
      ["c-messenger", "MESSENGER"],
    ])
      await db.query(`INSERT INTO "Chat" ("id", "channel") VALUES ($1, $2::"ChatChannel")`, [id, channel]);
    await db.exec(sqlOf(names[target]!));
    const { rows } = await db.query<{ id: string; channel: string }>(
      `SELECT "id", "channel"::text AS "channel" FROM "Chat" ORDER BY "id"`,
    );
    expect(rows).toEqual([
      { id: "c-messenger", channel: "TELEGRAM" },
      { id: "c-phone", channel: "MOBILE_WEB" },
      { id: "c-web", channel: "WEB" },
    ]);
    await db.close();
  });
});
