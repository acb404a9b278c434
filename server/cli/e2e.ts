// `npm run test:e2e`: Debian Chromium, a fresh embedded database, the real server, Playwright.
import fs from "node:fs";
import path from "node:path";
import { ensureChromium } from "./ensure-chromium";
import { run } from "./run";

const lockDir = path.resolve(".data", "e2e.lock");

/** One e2e run at a time per checkout: runs share the build folder and the port. */
async function acquireLock(): Promise<void> {
  fs.mkdirSync(path.dirname(lockDir), { recursive: true });
  for (;;) {
    try {
      fs.mkdirSync(lockDir);
      for (const signal of ["SIGINT", "SIGTERM"] as const) {
        process.on(signal, () => {
          fs.rmSync(lockDir, { recursive: true, force: true });
          process.exit(1);
        });
      }
      return;
    } catch {
      console.log("Another e2e run is in progress; waiting…");
      await new Promise((resolve) => setTimeout(resolve, 5_000));
    }
  }
}

async function main() {
  const chromium = await ensureChromium();
  const dataDir = path.resolve(".data", "e2e");
  await acquireLock();
  try {
    fs.rmSync(dataDir, { recursive: true, force: true });
    await run("npx", ["playwright", "test", ...process.argv.slice(2)], {
      ...process.env,
      CHROMIUM_PATH: chromium,
      E2E_DATA_DIR: path.join(dataDir, "pglite"),
    });
  } finally {
    fs.rmSync(lockDir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
