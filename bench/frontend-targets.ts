/**
 * Issue 19's front-end targets as rows of `npm run bench`, each a ratio to a baseline of the same run:
 * first-load JS per route over the framework's root chunks, the balance's time over a static file's,
 * Lighthouse's mobile performance score over 100, and whether any route loads the chat up front.
 */
import type { BenchRow, TargetRow } from "./bench-report";
import type { firstLoadJs } from "./first-load-js";

type FirstLoad = ReturnType<typeof firstLoadJs>;

/** Staff pages may carry more (editors, tables); subscribers and visitors come on phones. */
const JS_LIMIT = { public: 1.25, staff: 1.4 };
const isStaff = (route: string) => route.startsWith("/admin");
/** The development-only demo tools (outbox, messenger simulator) are neither. */
const isDemoTool = (route: string) => route.startsWith("/dev/");

export function firstLoadTargets(js: FirstLoad): TargetRow[] {
  const floor = js.framework.gzipKb;
  const row = (figure: string, route: FirstLoad["routes"][number], limit: number): TargetRow => ({
    figure,
    measured: `${route.gzipKb} KB gzip vs root chunks ${floor} KB`,
    ratio: route.gzipKb / floor,
    direction: "max",
    limit,
  });
  const publicRows = js.routes
    .filter((route) => !isStaff(route.route) && !isDemoTool(route.route))
    .map((route) => row(`first-load JS ${route.route}`, route, JS_LIMIT.public));
  const staff = js.routes.filter((route) => isStaff(route.route));
  const largestStaff = staff.reduce((a, b) => (b.gzipKb > a.gzipKb ? b : a));
  const holding = js.routes.filter((route) => route.holds?.length);
  const missing = Object.entries(js.markersInBuild).filter(([, found]) => !found);
  if (missing.length) throw new Error(`not in the build at all, so the check proves nothing: ${missing.join(", ")}`);
  return [
    ...publicRows,
    row(`first-load JS, largest of ${staff.length} staff routes (${largestStaff.route})`, largestStaff, JS_LIMIT.staff),
    {
      figure: "routes loading pusher-js or the chat widget up front",
      measured: holding.length
        ? holding.map((route) => `${route.route}: ${route.holds!.join(", ")}`).join("; ")
        : `none of ${js.routes.length} (both are in the build, as chunks of their own)`,
      ratio: holding.length,
      direction: "max",
      limit: 0,
    },
  ];
}

export function balanceTargets(rows: { cold: BenchRow; warm: BenchRow }, floors: { cold: BenchRow; warm: BenchRow }) {
  const row = (kind: "cold" | "warm", limit: number): TargetRow => ({
    figure: `/account balance visible at 360×740, ${kind}, vs a static file`,
    measured: `p50 ${rows[kind].summary.p50Ms.toFixed(0)} ms vs ${floors[kind].summary.p50Ms.toFixed(0)} ms`,
    ratio: rows[kind].vsFloor?.p50 ?? Number.NaN,
    direction: "max",
    limit,
  });
  return [row("cold", 3), row("warm", 2.5)];
}

export function lighthouseTargets(scores: Array<{ path: string; performance: number; runs: number[] }>): TargetRow[] {
  return scores.map(({ path, performance, runs }) => ({
    figure: `Lighthouse mobile performance ${path}`,
    measured: `score ${performance} of 100 (median run of ${runs.join(", ")})`,
    ratio: performance / 100,
    direction: "min",
    limit: 0.9,
  }));
}
