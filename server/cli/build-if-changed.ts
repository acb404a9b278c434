import fs from "node:fs";
import path from "node:path";
import { createHash } from "node:crypto";
import { run } from "./run";
import { precompressStaticAssets } from "./static-assets";

// The root files Next compiles too: instrumentation.ts starts the background jobs, proxy.ts sees every request.
const sourceRoots = [
  "app",
  "components",
  "i18n",
  "server",
  "public",
  "prisma/schema.prisma",
  "instrumentation.ts",
  "proxy.ts",
];
const configFiles = ["next.config.mjs", "package-lock.json", "postcss.config.mjs", "tsconfig.json"];
const fingerprintFile = path.join(".next", "source-fingerprint");

function listFiles(entry: string): string[] {
  if (!fs.existsSync(entry)) return [];
  const stat = fs.statSync(entry);
  if (!stat.isDirectory()) return [entry];
  return fs
    .readdirSync(entry)
    .filter((name) => name !== "generated" && !name.endsWith(".test.ts"))
    .flatMap((name) => listFiles(path.join(entry, name)));
}

/** A digest of every file the build reads: a change anywhere means a rebuild. */
function sourceFingerprint(): string {
  const hash = createHash("sha256");
  for (const file of [...sourceRoots, ...configFiles].flatMap(listFiles).sort()) {
    hash.update(file).update(fs.readFileSync(file));
  }
  return hash.digest("hex");
}

export async function buildIfChanged(env: NodeJS.ProcessEnv): Promise<void> {
  const fingerprint = sourceFingerprint();
  const built =
    fs.existsSync(path.join(".next", "BUILD_ID")) && fs.existsSync(fingerprintFile)
      ? fs.readFileSync(fingerprintFile, "utf8")
      : null;
  if (built === fingerprint) return;
  console.log("Building the portal (sources changed since the last build)…");
  await run("npx", ["next", "build"], env);
  await precompressStaticAssets();
  fs.writeFileSync(fingerprintFile, fingerprint);
}
