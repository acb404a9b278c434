/**
 * How the frontend bench times a page in Debian Chromium: from just before navigating to what each load waits for,
 * cold (every load in a fresh context: empty cache, new renderer) and warm (one context, loaded once untimed first).
 */
import type { Browser, BrowserContext, Page } from "@playwright/test";
import { RequestRecorder } from "./http-load";

/** A load returns its duration in ms, from just before it navigates to what it waits for. */
export const VIEWPORT = { width: 360, height: 740 };

export type Load = (page: Page) => Promise<number>;

async function timeLoads(count: number, open: () => Promise<{ page: Page; done(): Promise<void> }>, load: Load) {
  const recorder = new RequestRecorder();
  const started = performance.now();
  for (let i = 0; i < count; i++) {
    const { page, done } = await open();
    recorder.record(await load(page));
    await done();
  }
  return recorder.summary(performance.now() - started);
}

/** The static file: navigation until its load event has reached us. */
export async function loadStaticFile(page: Page, url: string): Promise<number> {
  const started = Date.now();
  await page.goto(url, { waitUntil: "load" });
  return Date.now() - started;
}

/** A paint the page reports: an Element Timing entry by its `elementtiming` name, or a paint entry by its name. */
interface Painted {
  type: "element" | "paint";
  name: string;
}

/** Navigation until the page's own clock saw `painted`, turned into ours. */
async function timeToPaint(page: Page, url: string, painted: Painted): Promise<number> {
  const started = Date.now();
  await page.goto(url, { waitUntil: "commit" });
  const paintedAt = await page.evaluate(
    ({ type, name }) =>
      new Promise<number>((resolve, reject) => {
        setTimeout(() => reject(new Error(`${name} was not painted within 30 s`)), 30_000);
        new PerformanceObserver((list) => {
          const entry = list.getEntries().find((e) => {
            return (
              (type === "element" ? (e as PerformanceEntry & { identifier?: string }).identifier : e.name) === name
            );
          }) as (PerformanceEntry & { renderTime?: number; loadTime?: number }) | undefined;
          if (!entry) return;
          resolve(
            performance.timeOrigin + (type === "element" ? entry.renderTime || entry.loadTime! : entry.startTime),
          );
        }).observe({ type, buffered: true });
      }),
    painted,
  );
  return paintedAt - started;
}

/**
 * The account page: navigation until the browser painted the balance, by the Element Timing entry of the balance
 * (`elementtiming` in components/payments/balance-card.tsx). Waiting for the element with a locator instead would
 * add the locator's polling backoff (20, 50, 100, 100, 500 ms) to the figure.
 */
export const loadAccountBalance = (page: Page, url: string) =>
  timeToPaint(page, url, { type: "element", name: "balance" });

/**
 * Navigation until the first contentful paint: for a page whose paint depends on nothing of the visitor's (the
 * cached landing page), what the framework, the stylesheet and the browser cost before any per-user work.
 */
export const loadFirstPaint = (page: Page, url: string) =>
  timeToPaint(page, url, { type: "paint", name: "first-contentful-paint" });

/** Cold: every load in a fresh context (empty cache, the session cookie only). Warm: one context, loaded once untimed first. */
export async function coldAndWarm(
  browser: Browser,
  /** The signed-in subscriber's cookies, or none for a visitor. */
  storageState: Awaited<ReturnType<BrowserContext["storageState"]>> | undefined,
  loads: number,
  load: Load,
) {
  const options = { viewport: VIEWPORT, isMobile: true, hasTouch: true, locale: "ru-RU", storageState };
  const cold = await timeLoads(
    loads,
    async () => {
      const context = await browser.newContext(options);
      return { page: await context.newPage(), done: () => context.close() };
    },
    load,
  );
  const context = await browser.newContext(options);
  const page = await context.newPage();
  await load(page);
  const warm = await timeLoads(loads, async () => ({ page, done: async () => undefined }), load);
  await context.close();
  return { cold, warm };
}
