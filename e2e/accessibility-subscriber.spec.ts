import { expect, test } from "@playwright/test";
import { expectAccessiblePages, seriousViolations } from "./axe";
import { demo, readIn, signedIn, accountPages } from "./support";

// Each test walks several pages and runs axe on each: more than the default 30 s on a busy machine.
test.describe.configure({ timeout: 120_000 });

// A subscriber no other spec uses: it only looks.
const viewer = "+79000000013";

test("subscriber pages have no serious accessibility violations @phone", async ({ page }) => {
  await signedIn(page, viewer, demo.subscriberPassword, /\/account$/);
  await expectAccessiblePages(page, accountPages);

  // The confirmations open over the page.
  const found: string[] = [];
  await page.goto("/account/tariffs");
  await page
    .locator('[data-testid^="tariff-"]')
    .first()
    .getByRole("button", { name: /Перейти/ })
    .click();
  await expect(page.getByRole("dialog").getByTestId("charge-today")).toBeVisible();
  found.push(...(await seriousViolations(page, "/account/tariffs: change dialog")));
  await page.keyboard.press("Escape");
  await page.goto("/account/options");
  await page
    .getByTestId("available-options")
    .getByRole("button", { name: /^Подключить/ })
    .first()
    .click();
  await expect(page.getByRole("dialog").getByTestId("charge-today")).toBeVisible();
  found.push(...(await seriousViolations(page, "/account/options: connect dialog")));
  expect(found, found.join("\n")).toEqual([]);
});

test("subscriber pages in English have no serious accessibility violations @phone", async ({ page }) => {
  await signedIn(page, viewer, demo.subscriberPassword, /\/account$/);
  await readIn(page, "en");
  await page.goto("/account");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expectAccessiblePages(page, accountPages);
});

test.describe("in dark mode", () => {
  test.use({ colorScheme: "dark" });

  test("subscriber pages have no serious accessibility violations, colour contrast included @phone", async ({
    page,
  }) => {
    await signedIn(page, viewer, demo.subscriberPassword, /\/account$/);
    await expectAccessiblePages(page, accountPages);
  });
});
