import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { bundleAppServer } from "./app-server-bundle";

// Inside the project (in the git-ignored .data), so that the bundle's package imports resolve as npm start's do.
fs.mkdirSync(".data", { recursive: true });
const dir = fs.mkdtempSync(path.join(".data", "app-server-test-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("the compiled app server", () => {
  it("runs on node alone: our files inlined, packages imported, the environment checked first", async () => {
    const file = await bundleAppServer(path.join(dir, "app-server.mjs"));
    const code = fs.readFileSync(file, "utf8");
    expect(code).toMatch(/^import next from "next";$/m);
    // No import of our own files, static or dynamic (esbuild names inlined modules by their path, so ".ts" may appear).
    expect(code).not.toMatch(/(from |import\()"(@\/|\.{1,2}\/)/);
    const run = spawnSync(process.execPath, [file], {
      env: { PATH: process.env.PATH, NODE_ENV: "production", DATABASE_URL: "postgresql://app@127.0.0.1:1/portal" },
      encoding: "utf8",
    });
    // Next and the other packages loaded before our code ran (a bundle's imports come first).
    expect(run.stderr).toContain("Invalid environment variables");
    expect(run.stderr).toContain("NEXTAUTH_URL");
    expect(run.status).toBe(1);
  });
});
