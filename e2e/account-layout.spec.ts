import { expect, test, type Page } from "@playwright/test";
import { demo, expectNoHorizontalScroll, layoutShiftOf, signIn, accountPages } from "./support";

const phone = { width: 360, height: 740 };
/** Google's "good" CLS is 0.1; a page that holds still stays far below it. */
const MAX_CLS = 0.02;

async function signInAsSubscriber(page: Page) {
  await signIn(page, demo.subscriberPhone, demo.subscriberPassword);
  await expect(page).toHaveURL(/\/account$/);
}

test("account pages hold still while they load, their hints rendered with the page @phone", async ({ page }) => {
  await signInAsSubscriber(page);
  // The hints come with the page (and are counted as shown there); the browser asking again would count twice.
  const hintRequests: string[] = [];
  page.on("request", (request) => {
    if (request.url().includes("hints.forPage")) hintRequests.push(request.url());
  });
  const shifts: Record<string, number> = {};
  for (const path of accountPages) shifts[path] = await layoutShiftOf(page, path);
  test.info().annotations.push({ type: "cls", description: JSON.stringify(shifts) });
  for (const path of accountPages) expect.soft(shifts[path], `CLS of ${path}`).toBeLessThanOrEqual(MAX_CLS);
  expect(hintRequests).toEqual([]);
});

/** The first screen of each money page: the balance card with its figure and status, and «Пополнить». */
const firstScreens = [
  { path: "/account", balance: "balance", topUp: { role: "link" as const } },
  { path: "/account/payments", balance: "payments-balance", topUp: { role: "button" as const } },
];

for (const { path, balance: balanceId, topUp } of firstScreens) {
  test(`on a 360×740 phone the first screen of ${path} shows the balance, the status and «Пополнить» @phone`, async ({
    page,
  }) => {
    await page.setViewportSize(phone);
    await signInAsSubscriber(page);
    if (path !== "/account") await page.goto(path);
    await page.waitForLoadState("networkidle");
    await page.evaluate(() => window.scrollTo(0, 0));
    const balance = page.getByTestId(balanceId);
    await expect(balance).toBeVisible();
    const card = balance.locator("xpath=ancestor::section[1]");
    const inFirstScreen = [
      card,
      balance,
      card.getByTestId("account-status"),
      page.getByRole("main").getByRole(topUp.role, { name: "Пополнить", exact: true }),
    ];
    for (const element of inFirstScreen) {
      const box = await element.boundingBox();
      expect(box, "laid out").not.toBeNull();
      expect(box!.y).toBeGreaterThanOrEqual(0);
      expect(
        box!.y + box!.height,
        `bottom of ${await element.evaluate((e) => e.tagName)} on ${path}`,
      ).toBeLessThanOrEqual(phone.height);
    }
    if (path !== "/account") return;
    // The section tabs do not all fit: their row scrolls and fades at the right edge, where more wait.
    const tabs = page.getByRole("navigation", { name: "Разделы личного кабинета" }).getByRole("list");
    const cue = await tabs.evaluate((row) => ({
      overflows: row.scrollWidth > row.clientWidth,
      fadeEnd: getComputedStyle(row).getPropertyValue("--scroll-cue-end"),
    }));
    expect(cue.overflows).toBe(true);
    expect(parseFloat(cue.fadeEnd)).toBeGreaterThan(0);
  });
}

test("nothing scrolls sideways at 360 px, signed in or not @phone", async ({ page }) => {
  await page.setViewportSize(phone);
  for (const path of ["/", "/login", "/help"]) {
    await page.goto(path);
    await expectNoHorizontalScroll(page);
  }
  await signInAsSubscriber(page);
  for (const path of accountPages) {
    await page.goto(path);
    await page.waitForLoadState("networkidle");
    await expectNoHorizontalScroll(page);
  }
});

test("on a phone the header is one row and its menu opens and closes from the keyboard @phone", async ({ page }) => {
  await page.setViewportSize(phone);
  await signInAsSubscriber(page);
  const header = page.getByRole("banner");
  const logo = header.getByRole("link", { name: "Мой оператор" });
  const button = header.getByRole("button", { name: "Меню" });
  const [logoBox, buttonBox] = [await logo.boundingBox(), await button.boundingBox()];
  const middle = buttonBox!.y + buttonBox!.height / 2;
  expect(middle).toBeGreaterThan(logoBox!.y);
  expect(middle).toBeLessThan(logoBox!.y + logoBox!.height);
  const help = header.getByRole("link", { name: "Помощь" });
  await expect(help).toBeHidden();

  await expect(button).toHaveAttribute("aria-expanded", "false");
  await button.focus();
  await page.keyboard.press("Enter");
  await expect(button).toHaveAttribute("aria-expanded", "true");
  await expect(help).toBeVisible();
  await expect(header.getByRole("button", { name: "Выйти" })).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(button).toHaveAttribute("aria-expanded", "false");
  await expect(help).toBeHidden();
  await expect(button).toBeFocused();

  await button.click();
  await help.click();
  await expect(page).toHaveURL(/\/help$/);
  await expect(button).toHaveAttribute("aria-expanded", "false");
});

test("the ledger is a list of cards on a phone and a table on a desktop @phone", async ({ page }) => {
  await page.setViewportSize(phone);
  await signInAsSubscriber(page);
  await page.goto("/account/payments");
  const ledger = page.getByTestId("ledger");
  const row = ledger.getByRole("row").nth(1);
  const display = () => row.evaluate((element) => getComputedStyle(element).display);
  expect(await display()).toBe("grid");
  await expectNoHorizontalScroll(page);

  await page.setViewportSize({ width: 1280, height: 800 });
  expect(await display()).toBe("table-row");
  await expect(ledger.getByRole("columnheader", { name: "Сумма" })).toBeVisible();
});
