import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { ensureVapidKeys } from "./auth-secret";

const dirs: string[] = [];
const embeddedDir = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "vapid-"));
  dirs.push(dir);
  return path.join(dir, "pglite");
};
afterEach(() => dirs.splice(0).forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

describe("VAPID keys", () => {
  it("are generated once for the embedded setup and kept, so browsers' subscriptions survive a restart", () => {
    const PGLITE_DATA_DIR = embeddedDir();
    const first = ensureVapidKeys({ PGLITE_DATA_DIR });
    expect(first?.VAPID_PUBLIC_KEY).toMatch(/^[A-Za-z0-9_-]{87}$/); // 65 bytes, base64url
    expect(ensureVapidKeys({ PGLITE_DATA_DIR })).toEqual(first);
    expect(fs.statSync(path.join(path.dirname(PGLITE_DATA_DIR), "vapid-keys")).mode & 0o077).toBe(0);
  });

  it("come from the environment when set, and are off (null) for a real database without them", () => {
    const given = { VAPID_PUBLIC_KEY: "public", VAPID_PRIVATE_KEY: "private" };
    expect(ensureVapidKeys({ ...given, PGLITE_DATA_DIR: embeddedDir() })).toEqual(given);
    expect(ensureVapidKeys({ DATABASE_URL: "postgresql://db/portal", PGLITE_DATA_DIR: embeddedDir() })).toBeNull();
  });
});
