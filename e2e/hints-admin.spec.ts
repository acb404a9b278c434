import { expect, test, type Browser } from "@playwright/test";
import { demo, signIn } from "./support";

const editor = { email: "editor@demo.local", password: "editor-demo" };

async function hintsOnAccountPage(browser: Browser, login: string) {
  const context = await browser.newContext({ locale: "ru-RU" });
  const page = await context.newPage();
  await signIn(page, login, demo.subscriberPassword);
  await expect(page).toHaveURL(/\/account$/);
  // Hints are rendered with the page on the server: once the page is there, so are they.
  await expect(page.getByTestId("account-number")).toBeVisible();
  return { context, page, hints: page.getByTestId("context-hints") };
}

test("a hint created for a negative balance shows to such an account and not to others; its markup stays text", async ({
  page,
  browser,
}) => {
  test.setTimeout(240_000);
  const text = "Баланс ниже нуля: пополните счёт <img src=x onerror=window.__xss=1>";
  await signIn(page, editor.email, editor.password);
  await expect(page).toHaveURL(/\/admin/);
  await page.goto("/admin/hints/new");
  await page.getByLabel("Текст по-русски").fill(text);
  await page.getByLabel("Текст по-английски").fill("Your balance is below zero: top up");
  await page.getByRole("checkbox", { name: "Обзор счёта" }).check();
  await page.getByLabel("Состояние счёта").selectOption({ label: "Баланс ниже нуля" });
  // Conditions the server refuses (it alone checks them) say so instead of a count.
  await page.getByLabel("Приоритет").fill("101");
  await expect(page.getByTestId("hint-audience")).toContainText("Исправьте условия, чтобы увидеть охват.");
  await page.getByLabel("Приоритет").fill("100");
  await page.getByLabel("Ссылка под подсказкой").selectOption({ label: "Открыть чат" });

  // The preview names who would see it now, counted on the server by the subscribers' own rules.
  // The previous answer stays on screen while the new one loads: wait for the answer to these conditions.
  await expect(page.getByTestId("hint-audience")).toHaveAttribute("aria-busy", "false");
  await expect(page.getByTestId("hint-audience-count")).toBeVisible();
  const examples = page.getByTestId("hint-audience-examples").locator("li");
  const first = await examples.first().innerText();
  const inDebt = /счёт (\d+)/.exec(first)?.[1];
  expect(inDebt).toBeTruthy();
  await page.getByRole("button", { name: "Создать" }).click();
  await expect(page).toHaveURL(/\/admin\/hints\/[\w-]+$/);
  await page.goto("/admin/hints");
  await expect(page.getByText(text)).toBeVisible();

  const debtor = await hintsOnAccountPage(browser, inDebt!);
  await expect(debtor.hints.getByText(text)).toBeVisible();
  expect(await debtor.page.evaluate(() => (window as { __xss?: number }).__xss)).toBeUndefined();
  await debtor.context.close();

  // The demo subscriber (autopay) is in credit: the hint is not theirs.
  const inCredit = await hintsOnAccountPage(browser, demo.subscriberAccount);
  await expect(inCredit.hints.getByText(text)).toHaveCount(0);
  await inCredit.context.close();
});
