// `npm run test:e2e`: Debian Chromium, a fresh embedded database, the real server, Playwright.
import fs from "node:fs";
import path from "node:path";
import { ensureChromium } from "./ensure-chromium";
import { withBuildLock } from "./build-lock";
import { run } from "./run";

async function main() {
  const chromium = await ensureChromium();
  const dataDir = path.resolve(".data", "e2e");
  await withBuildLock(async () => {
    fs.rmSync(dataDir, { recursive: true, force: true });
    await run("npx", ["playwright", "test", ...process.argv.slice(2)], {
      ...process.env,
      CHROMIUM_PATH: chromium,
      E2E_DATA_DIR: path.join(dataDir, "pglite"),
    });
  });
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
