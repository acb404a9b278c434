import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

// WCAG 2.1 A and AA: what the product promises.
const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];
const BLOCKING = new Set(["serious", "critical"]);

/**
 * Runs axe on what the page shows now and returns one readable line per serious or critical
 * violation ("page: rule (impact) → selectors"), so a failure names what to fix and where.
 */
export async function seriousViolations(page: Page, label: string): Promise<string[]> {
  // Axe reads the rendered page (the realtime socket and polling keep the network busy, so not "networkidle").
  await page.waitForLoadState("load");
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const blocking = violations.filter((v) => BLOCKING.has(v.impact ?? ""));
  const count = blocking.reduce((sum, v) => sum + v.nodes.length, 0);
  console.log(`axe ${label}: ${count} serious/critical (${blocking.map((v) => v.id).join(", ") || "none"})`);
  return blocking.map((v) => `${label}: ${v.id} (${v.impact}) → ${v.nodes.map((n) => n.target.join(" ")).join(" | ")}`);
}

/** Checks each page in turn and fails once, at the end, listing every violation found. */
export async function expectAccessiblePages(page: Page, paths: string[]) {
  const found: string[] = [];
  for (const path of paths) {
    await page.goto(path);
    found.push(...(await seriousViolations(page, path)));
  }
  expect(found, found.join("\n")).toEqual([]);
}
