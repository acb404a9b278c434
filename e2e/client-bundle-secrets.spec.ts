import fs from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";

// Reads the build the e2e server runs (made or reused by `npm start` just before the specs).
const staticDir = path.resolve(".next", "static");
const dataDir = path.resolve(".data");

function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(full) : [full];
  });
}

/** Every secret this checkout holds: generated ones kept beside each embedded database (server/cli/auth-secret.ts), and the environment's. */
function knownSecrets(): Array<{ name: string; value: string }> {
  const generated = fs.existsSync(dataDir)
    ? filesUnder(dataDir).filter(
        (file) => /(^|\/)(auth|realtime)-secret$/.test(file) && !file.includes(`${path.sep}pglite${path.sep}`),
      )
    : [];
  const fromFiles = generated.map((file) => ({
    name: path.relative(dataDir, file),
    value: fs.readFileSync(file, "utf8").trim(),
  }));
  const fromEnv = ["NEXTAUTH_SECRET", "PUSHER_SECRET", "DATABASE_URL", "TEST_DATABASE_URL", "REDIS_URL"].map(
    (name) => ({ name, value: process.env[name] ?? "" }),
  );
  return [...fromFiles, ...fromEnv].filter((s) => s.value.length >= 16);
}

test("no secret and no server-only module reaches the browser's files", () => {
  const files = filesUnder(staticDir);
  expect(files.filter((f) => f.endsWith(".js")).length).toBeGreaterThan(10);
  const secrets = knownSecrets();
  // The e2e server's own generated secrets at least (the e2e data folder is made fresh for this run).
  expect(secrets.map((s) => s.name)).toEqual(
    expect.arrayContaining([path.join("e2e", "auth-secret"), path.join("e2e", "realtime-secret")]),
  );
  const markers = ["server/generated/prisma", "argon2", "NEXTAUTH_SECRET", "PUSHER_SECRET", "DATABASE_URL"];
  const leaks: string[] = [];
  for (const file of files) {
    const text = fs.readFileSync(file, "latin1");
    for (const secret of secrets)
      if (text.includes(secret.value)) leaks.push(`${path.relative(staticDir, file)}: the value of ${secret.name}`);
    for (const marker of markers) if (text.includes(marker)) leaks.push(`${path.relative(staticDir, file)}: ${marker}`);
  }
  expect(leaks).toEqual([]);
});
