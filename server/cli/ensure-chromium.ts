import fs from "node:fs";
import { run } from "./run";

/** How every headless run of Debian's Chromium here starts (e2e, Lighthouse): no sandbox as root, nothing phoning home. */
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];

/** e2e uses Debian's Chromium; a clean machine gets it from apt, never a browser download. */
export async function ensureChromium(): Promise<string> {
  const path = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
  if (fs.existsSync(path)) return path;
  if (process.getuid?.() !== 0) {
    throw new Error(
      `Chromium is missing at ${path}: install Debian's package (sudo apt-get install -y chromium) or set CHROMIUM_PATH.`,
    );
  }
  console.log("Installing Debian's chromium for the end-to-end tests…");
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  await run("apt-get", ["update", "-q"], env);
  await run("apt-get", ["install", "-y", "-q", "--no-install-recommends", "chromium"], env);
  return path;
}
