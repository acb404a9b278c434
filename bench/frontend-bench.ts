/**
 * `npm run bench:frontend`: first-load JavaScript per route from the production build, the time
 * until a signed-in subscriber's balance is visible on a 360×740 viewport in Debian Chromium
 * (cold: new context, empty cache; warm: the same context again) next to loading a small static
 * file of the same server in the same browser, and the product's memory idle and after a burst
 * of portal requests. Builds when the sources changed; holds the build lock like the e2e run.
 */
import { parseArgs } from "node:util";
import { chromium, type Browser } from "@playwright/test";
import { buildIfChanged } from "@/server/cli/build-if-changed";
import { withBuildLock } from "@/server/cli/build-lock";
import { CHROMIUM_ARGS } from "@/server/cli/ensure-chromium";
import {
  environment,
  formatNotes,
  formatTable,
  formatTargets,
  isEntryPoint,
  loadAverage1m,
  ratiosAgainst,
  writeResult,
  type Benchmark,
  type BenchResult,
  type BenchRow,
} from "./bench-report";
import { firstLoadJs } from "./first-load-js";
import { balanceTargets, firstLoadTargets, lighthouseTargets } from "./frontend-targets";
import { performanceScores } from "./lighthouse";
import { createHttpClient, runClosedLoop } from "./http-load";
import { coldAndWarm, loadAccountBalance, loadFirstPaint, loadStaticFile, VIEWPORT } from "./page-loads";
import { prepareEmbeddedData, startProduct, type ProductMemory, type ProductServer } from "./product-server";
import { startProcessProbe } from "./process-probe";
import fs from "node:fs";
import path from "node:path";

export interface FrontendBenchOptions {
  /** Timed page loads per row. */
  loads: number;
  /** Seconds of portal requests (20 users) for the memory-under-load figure. */
  burstSeconds: number;
}

/**
 * 25 loads a row: with 7, one run's cold balance had p50 475 ms and p90 1,001 ms, so the median hung on a load or
 * two; the comparisons between sessions were made with 25.
 */
export const DEFAULT_FRONTEND_BENCH_OPTIONS: FrontendBenchOptions = { loads: 25, burstSeconds: 10 };
const DEMO = { login: "+79000000001", password: "subscriber-demo" };

async function signedInState(browser: Browser, baseUrl: string) {
  const context = await browser.newContext({ viewport: VIEWPORT, locale: "ru-RU" });
  const page = await context.newPage();
  await page.goto(`${baseUrl}/login`);
  await page.getByLabel("Телефон, лицевой счёт или e-mail").fill(DEMO.login);
  await page.getByLabel("Пароль").fill(DEMO.password);
  await page.getByRole("button", { name: "Войти", exact: true }).click();
  await page.getByTestId("balance").waitFor({ state: "visible", timeout: 60_000 });
  const state = await context.storageState();
  await context.close();
  return state;
}

/** A burst of what visitors and subscribers ask for, sampling the product's RSS meanwhile. */
async function burst(
  product: ProductServer,
  cookie: string,
  seconds: number,
): Promise<{ peak: ProductMemory; requests: number; errors: number }> {
  const client = createHttpClient(product.port, 20);
  const paths = ["/", "/help?q=%D1%82%D0%B0%D1%80%D0%B8%D1%84", "/api/trpc/account.mySummary"];
  let peak = product.memory();
  const sampler = setInterval(() => {
    const now = product.memory();
    if (now.totalMb > peak.totalMb) peak = now;
  }, 500);
  const summary = await runClosedLoop(20, seconds * 1000, async (user, i) => {
    const reply = await client.call({ method: "GET", path: paths[(user + i) % paths.length]!, headers: { cookie } });
    return reply.status === 200 ? null : `HTTP ${reply.status}`;
  });
  clearInterval(sampler);
  client.close();
  return { peak, requests: summary.sent, errors: summary.sent - summary.received };
}

export async function runFrontendBench(
  options: FrontendBenchOptions = DEFAULT_FRONTEND_BENCH_OPTIONS,
): Promise<BenchResult> {
  const startedAt = new Date();
  const began = performance.now();
  const loadAtStart = loadAverage1m();
  return withBuildLock(async () => {
    const buildStarted = performance.now();
    await buildIfChanged({ ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" });
    const buildSec = (performance.now() - buildStarted) / 1000;
    const js = firstLoadJs();
    const buildId = fs.readFileSync(path.resolve(".next", "BUILD_ID"), "utf8").trim();
    const dataDir = await prepareEmbeddedData();
    const product = await startProduct(dataDir);
    let browser: Browser | undefined;
    try {
      await new Promise((resolve) => setTimeout(resolve, 3_000));
      const idle = product.memory();
      browser = await chromium.launch({
        executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
        args: CHROMIUM_ARGS,
      });
      const state = await signedInState(browser, product.baseUrl);
      const staticUrl = `${product.baseUrl}/_next/static/${buildId}/_ssgManifest.js`;
      const probe = startProcessProbe();
      const floor = await coldAndWarm(browser, state, options.loads, (page) => loadStaticFile(page, staticUrl));
      const balance = await coldAndWarm(browser, state, options.loads, (page) =>
        loadAccountBalance(page, `${product.baseUrl}/account`),
      );
      const landing = await coldAndWarm(browser, undefined, options.loads, (page) =>
        loadFirstPaint(page, `${product.baseUrl}/`),
      );
      const processFigures = probe.stop();
      const lighthouse = await performanceScores(product.baseUrl, ["/", "/help", "/account"]);
      const cookie = state.cookies.map((c) => `${c.name}=${c.value}`).join("; ");
      const loaded = await burst(product, cookie, options.burstSeconds);
      const row = (name: string, summary: BenchRow["summary"], floorSummary?: BenchRow["summary"]): BenchRow => ({
        name,
        summary,
        process: processFigures,
        warmupProblems: 0,
        ...(floorSummary ? { vsFloor: ratiosAgainst(floorSummary, summary) } : {}),
      });
      const floors = {
        cold: row("static file, cold (baseline)", floor.cold),
        warm: row("static file, warm (baseline)", floor.warm),
      };
      const balances = {
        cold: row("/account balance visible, cold", balance.cold, floor.cold),
        warm: row("/account balance visible, warm", balance.warm, floor.warm),
      };
      // Reference rows without a target: how far a page can get when the server does nothing for it.
      const landings = {
        cold: row("/ first paint, cold (visitor, cached page; reference)", landing.cold, floor.cold),
        warm: row("/ first paint, warm (visitor, cached page; reference)", landing.warm, floor.warm),
      };
      const rows = [floors.cold, balances.cold, landings.cold, floors.warm, balances.warm, landings.warm];
      const machine = environment(loadAtStart);
      const load = Math.max(machine.loadAverage1m.atStart, machine.loadAverage1m.atEnd);
      const jsLine = js.routes
        .map((r) => `${r.route} ${r.gzipKb} KB (×${(r.gzipKb / js.framework.gzipKb).toFixed(2)})`)
        .join(", ");
      return {
        bench: "frontend",
        startedAt: startedAt.toISOString(),
        durationSec: (performance.now() - began) / 1000,
        environment: machine,
        parameters: {
          ...options,
          viewport: VIEWPORT,
          buildSec,
          staticFile: staticUrl.replace(product.baseUrl, ""),
          firstLoadJs: js,
          memoryMb: { idle, afterBurstPeak: loaded.peak },
          lighthouse,
          burst: loaded,
        },
        rows,
        targets: [
          ...firstLoadTargets(js),
          ...balanceTargets(balances, floors),
          ...lighthouseTargets(lighthouse.scores),
        ],
        notes: [
          `time from navigation start to the browser painting the balance (its Element Timing entry; /account, demo subscriber, ${VIEWPORT.width}×${VIEWPORT.height}, Debian Chromium) over ${options.loads} loads per row; baseline: loading ${staticUrl.replace(product.baseUrl, "")} (a tiny static file of the same server) in the same browser until its load event; ×floor = ours / baseline; "msg/s" means loads/s here, not a capacity`,
          `reference: the landing page for a visitor (answered from the public page cache, no per-user work) until its first contentful paint, same loads and baseline; what the framework, the stylesheet and the browser cost before any of the balance's own work`,
          `first-load JS (gzip) per route, ×framework root chunks (${js.framework.gzipKb} KB gzip, ${js.framework.files} files): ${jsLine}`,
          `product memory (VmRSS from /proc): idle after start next ${idle.nextMb} MB, realtime ${idle.realtimeMb} MB, whole tree incl. npx/tsx wrappers ${idle.totalMb} MB; peak during a ${options.burstSeconds} s burst (20 users, /, /help search, account.mySummary; ${loaded.requests} requests, ${loaded.errors} errors) next ${loaded.peak.nextMb} MB (×${(loaded.peak.nextMb / Math.max(idle.nextMb, 1)).toFixed(2)} idle), tree ${loaded.peak.totalMb} MB`,
          `cpu % and RSS columns are this bench process (Playwright driver), not the product; build step took ${buildSec.toFixed(0)} s (0 when the sources had not changed)`,
          ...(load > machine.cpus
            ? [
                `WARNING the machine was busy (1-min load up to ${load} on ${machine.cpus} cores): absolute figures are pessimistic, compare the ratios`,
              ]
            : []),
        ],
      };
    } finally {
      await browser?.close();
      await product.stop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });
}

export const benchmark: Benchmark = { name: "frontend", run: () => runFrontendBench() };

async function main(): Promise<void> {
  const { values } = parseArgs({
    args: process.argv.slice(2),
    options: { loads: { type: "string" }, "burst-seconds": { type: "string" } },
    strict: true,
  });
  const options = {
    loads: values.loads ? Number(values.loads) : DEFAULT_FRONTEND_BENCH_OPTIONS.loads,
    burstSeconds: values["burst-seconds"]
      ? Number(values["burst-seconds"])
      : DEFAULT_FRONTEND_BENCH_OPTIONS.burstSeconds,
  };
  if (
    !Number.isInteger(options.loads) ||
    options.loads < 1 ||
    !Number.isInteger(options.burstSeconds) ||
    options.burstSeconds < 1
  ) {
    throw new Error("--loads and --burst-seconds must be positive integers");
  }
  const result = await runFrontendBench(options);
  console.log(`\n${formatTable([result])}\n\n${formatNotes(result)}\n\n${formatTargets([result])}\n`);
  console.log(`written ${writeResult(result)} (${result.durationSec.toFixed(1)} s)`);
}

if (isEntryPoint(import.meta.url)) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
