/**
 * `npm run lighthouse [-- --url http://localhost:3000]`: Lighthouse (mobile) against a running `npm start` on the
 * landing page, sign-in, help and the signed-in account; prints the accessibility, best-practices and performance
 * scores and whether Chromium would install the app. Not part of `npm test`: the scores need a quiet machine.
 * `npm run bench:frontend` uses performanceScores() for issue 19's performance rows.
 *
 * Lighthouse 12 dropped its PWA category and the `installable-manifest` audit, so installability is asked of
 * Chromium itself (Page.getInstallabilityErrors, what that audit reported), with the manifest Chromium parsed.
 */
import { parseArgs } from "node:util";
import { chromium, request } from "@playwright/test";
import * as chromeLauncher from "chrome-launcher";
import lighthouse, { type Result as LighthouseResult } from "lighthouse";
import { computeMedianRun } from "lighthouse/core/lib/median-run.js";
import { CHROMIUM_ARGS, ensureChromium } from "@/server/cli/ensure-chromium";
import { isEntryPoint } from "./bench-report";

const PAGES = [
  { path: "/", signedIn: false },
  { path: "/login", signedIn: false },
  { path: "/help", signedIn: false },
  { path: "/account", signedIn: true },
];
const CATEGORIES = ["accessibility", "best-practices", "performance"] as const;
/** Issue 14's bar for accessibility and best practices. */
const TARGET = 95;
const DEMO = { login: "+79000000001", password: "subscriber-demo" };

/** The demo subscriber's session cookie, got the way the sign-in form gets it. */
export async function sessionCookie(baseURL: string): Promise<string> {
  const api = await request.newContext({ baseURL });
  const { csrfToken } = (await (await api.get("/api/auth/csrf")).json()) as { csrfToken: string };
  await api.post("/api/auth/callback/credentials", {
    form: { csrfToken, login: DEMO.login, password: DEMO.password, json: "true", callbackUrl: "/account" },
  });
  const session = (await api.storageState()).cookies.find((cookie) => cookie.name === "next-auth.session-token");
  await api.dispose();
  if (!session) throw new Error(`Could not sign in as ${DEMO.login} at ${baseURL}: is the demo data seeded?`);
  return `${session.name}=${session.value}`;
}

/** What Chromium says keeps the page's app from being installed (empty: installable), and the manifest's own errors. */
async function installability(port: number, url: string, cookie: string | null) {
  const browser = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
  // Lighthouse's own browser: its default context is the one that exists.
  const context = browser.contexts()[0]!;
  const page = await context.newPage();
  if (cookie) await page.setExtraHTTPHeaders({ cookie });
  await page.goto(url, { waitUntil: "load" });
  const cdp = await context.newCDPSession(page);
  const { installabilityErrors } = await cdp.send("Page.getInstallabilityErrors");
  const { errors: manifestErrors, url: manifestUrl } = await cdp.send("Page.getAppManifest", {});
  await page.close();
  await browser.close(); // disconnects; the browser itself stays for Lighthouse
  return {
    manifestUrl,
    problems: [
      ...installabilityErrors.map((error) => error.errorId),
      ...manifestErrors.map((error) => `manifest: ${error.message}`),
    ],
  };
}

/** One Lighthouse (mobile) run in a browser of its own: one that already holds a visitor's cookie would send that instead of the header's session. */
export async function auditPage(
  url: string,
  cookie: string | null,
  { categories = CATEGORIES, installable = false }: { categories?: readonly string[]; installable?: boolean } = {},
) {
  const chrome = await chromeLauncher.launch({
    chromePath: await ensureChromium(),
    chromeFlags: ["--headless=new", ...CHROMIUM_ARGS],
  });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      logLevel: "error",
      formFactor: "mobile",
      onlyCategories: [...categories],
      extraHeaders: cookie ? { Cookie: cookie } : undefined,
    });
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    const { lhr } = result;
    // A signed-in page that redirected to /login would be measuring the wrong page.
    if (new URL(lhr.finalDisplayedUrl).pathname !== new URL(url).pathname)
      throw new Error(`${url} ended at ${lhr.finalDisplayedUrl}`);
    const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
    return { lhr, score, install: installable ? await installability(chrome.port, url, cookie) : null };
  } finally {
    chrome.kill();
  }
}

/**
 * Lighthouse runs per page for a score: one run's score swings by 15 points on these machines (the total blocking
 * time of /account read 160 and 650 ms in two runs a minute apart), and Lighthouse's documentation on variability
 * advises five runs and the median run.
 */
export const LIGHTHOUSE_RUNS = 5;

/**
 * Issue 19's figure: the mobile performance score of each page (the demo subscriber's session under /account), of
 * the median run by Lighthouse's own choice (computeMedianRun: the run nearest the median first contentful paint
 * and time to interactive), with every run's score beside it.
 */
export async function performanceScores(baseURL: string, paths: string[], runs = LIGHTHOUSE_RUNS) {
  const cookie = await sessionCookie(baseURL);
  const scores: Array<{ path: string; performance: number; runs: number[] }> = [];
  let version = "";
  for (const path of paths) {
    const signedIn = path.startsWith("/account");
    const results: LighthouseResult[] = [];
    for (let i = 0; i < runs; i++) {
      const { lhr } = await auditPage(`${baseURL}${path}`, signedIn ? cookie : null, { categories: ["performance"] });
      results.push(lhr);
    }
    const median = computeMedianRun(results);
    version = median.lighthouseVersion;
    const score = (lhr: LighthouseResult) => Math.round((lhr.categories.performance?.score ?? 0) * 100);
    scores.push({ path, performance: score(median), runs: results.map(score) });
  }
  return { version, formFactor: "mobile", runsPerPage: runs, scores };
}

async function main() {
  const { values } = parseArgs({ options: { url: { type: "string", default: "http://localhost:3000" } } });
  const baseURL = values.url!.replace(/\/$/, "");
  const cookie = await sessionCookie(baseURL);
  const rows: Record<string, string | number>[] = [];
  let version = "";
  let failed = false;
  for (const { path, signedIn } of PAGES) {
    const url = `${baseURL}${path}`;
    const { lhr, score, install } = await auditPage(url, signedIn ? cookie : null, { installable: true });
    const [accessibility, bestPractices, performance] = CATEGORIES.map(score) as [number, number, number];
    version = lhr.lighthouseVersion;
    if (!install) throw new Error("installability was asked for");
    const installable = install.problems.length ? install.problems.join(", ") : `yes (${install.manifestUrl})`;
    rows.push({ page: path, accessibility, "best-practices": bestPractices, performance, installable });
    for (const id of ["accessibility", "best-practices"] as const) {
      for (const { id: auditId } of lhr.categories[id]?.auditRefs ?? []) {
        const audit = lhr.audits[auditId];
        if (audit && audit.score !== null && audit.score < 1)
          console.log(`  ${path} ${id}: ${audit.id}: ${audit.title}`);
      }
    }
    failed ||= accessibility < TARGET || bestPractices < TARGET || install.problems.length > 0;
  }
  console.table(rows);
  console.log(`Lighthouse ${version}, mobile; target: accessibility and best practices ≥ ${TARGET}, installable.`);
  if (failed) process.exitCode = 1;
}

if (isEntryPoint(import.meta.url)) {
  main().catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
