import { expect, test, type Page } from "@playwright/test";
import { expectAccessiblePages, seriousViolations } from "./axe";
import { readIn } from "./support";

// Each test walks several pages and runs axe on each: more than the default 30 s on a busy machine.
test.describe.configure({ timeout: 120_000 });

// A subscriber no other spec uses, for the refused sign-in.
const viewer = "+79000000013";

/** The href of the first link under `prefix` on the current page, e.g. a help article. */
async function firstLink(page: Page, prefix: string): Promise<string> {
  const hrefs = await page
    .locator(`main a[href^="${prefix}"]`)
    .evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
  const href = hrefs.find((h) => h.length > 0);
  expect(href, `a link to ${prefix} on ${page.url()}`).toBeTruthy();
  return href!;
}

/** Every page a visitor reaches, a help article found by a search included. */
async function visitorPages(page: Page): Promise<string[]> {
  const search = "/help?q=" + encodeURIComponent("роуминг");
  await page.goto(search);
  return ["/", "/login", "/recover", "/help", await firstLink(page, "/help/"), search];
}

test("visitor pages have no serious accessibility violations @phone", async ({ page }) => {
  await expectAccessiblePages(page, await visitorPages(page));

  // A refused sign-in: the error is announced and tied to the form.
  await page.goto("/login");
  await page.getByLabel("Телефон, лицевой счёт или e-mail").fill(viewer);
  await page.getByLabel("Пароль").fill("not-the-password");
  await page.getByRole("button", { name: "Войти", exact: true }).click();
  await expect(page.locator("form").getByRole("alert")).toBeVisible();
  expect(await seriousViolations(page, "/login: refused")).toEqual([]);
});

test("visitor pages in English have no serious accessibility violations @phone", async ({ page }) => {
  await readIn(page, "en");
  await page.goto("/");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expectAccessiblePages(page, await visitorPages(page));
});

test.describe("in dark mode", () => {
  test.use({ colorScheme: "dark" });

  test("visitor pages have no serious accessibility violations, colour contrast included @phone", async ({ page }) => {
    await page.goto("/");
    expect(await page.evaluate(() => matchMedia("(prefers-color-scheme: dark)").matches)).toBe(true);
    await expectAccessiblePages(page, await visitorPages(page));
  });
});
