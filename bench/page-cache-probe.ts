/**
 * `npm run bench:page-cache`: the visitors' page-cache probe of the hardening issue. Starts the product as
 * `npm start` runs it, reads the app process's RSS, sends 6,000 distinct anonymous `/help?q=…` requests
 * (plus cache-busting variants of one query), and reads the RSS again. APP_MAX_HEAP_MB passes through, so one
 * run per setting compares heap limits: `APP_MAX_HEAP_MB=0 npm run bench:page-cache` is Node's own default.
 */
import fs from "node:fs";
import { withBuildLock } from "@/server/cli/build-lock";
import { prepareEmbeddedData, startProduct } from "./product-server";

const REQUESTS = Number(process.env.PROBE_REQUESTS ?? 6_000);
const CONCURRENCY = 8;

async function sendAll(baseUrl: string, urls: string[]): Promise<{ ok: number; failed: number }> {
  let next = 0;
  let ok = 0;
  let failed = 0;
  const worker = async () => {
    while (next < urls.length) {
      const url = urls[next++];
      const response = await fetch(`${baseUrl}${url}`).catch(() => null);
      if (response?.ok) ok++;
      else failed++;
      await response?.arrayBuffer().catch(() => undefined);
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  return { ok, failed };
}

async function main(): Promise<void> {
  const dataDir = await prepareEmbeddedData();
  await withBuildLock(async () => {
    const product = await startProduct(dataDir);
    try {
      // Warm the routes once, so the first figure is the product at rest, not before its first render.
      await sendAll(product.baseUrl, ["/help", "/help?q=тариф", "/"]);
      const before = product.memory().nextMb;
      const distinct = Array.from({ length: REQUESTS }, (_, i) => `/help?q=${encodeURIComponent(`тариф ${i}`)}`);
      const variants = ["роуминг", " Роуминг ", "РОУМИНГ", "роуминг%20%20"].map((q) => `/help?q=${q}`);
      const sent = await sendAll(product.baseUrl, [...distinct, ...variants]);
      const after = product.memory().nextMb;
      const heap = process.env.APP_MAX_HEAP_MB ?? "384 (the default)";
      console.log(
        `APP_MAX_HEAP_MB=${heap}: app process RSS ${before} MB → ${after} MB after ${sent.ok} answered requests (${sent.failed} failed)`,
      );
      if (sent.failed) process.exitCode = 1;
    } finally {
      await product.stop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
