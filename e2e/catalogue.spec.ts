import { expect, test } from "@playwright/test";
import { demo, signIn } from "./support";

// An ordinary active subscriber that no other spec uses.
const subscriber = "+79000000018";

test("an admin adds a tariff (a bad fee is named next to its field) and a subscriber sees it and switches to it", async ({
  page,
  browser,
}) => {
  test.setTimeout(300_000);
  const name = `Тест ${Date.now().toString(36)}`;
  await signIn(page, demo.admin.email, demo.admin.password);
  await expect(page).toHaveURL(/\/admin/);
  await page.getByRole("link", { name: "Тарифы", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Тарифы", level: 1 })).toBeVisible();
  await page.getByRole("link", { name: "Новый тариф" }).click();

  await page.getByLabel("Код").fill(`e2e-${Date.now().toString(36)}`);
  await page.getByLabel("Название (русский)").fill(name);
  await page.getByLabel("Название (английский)").fill(`Test ${name}`);
  await page.getByLabel("Описание (русский)").fill("Тариф из проверки каталога");
  await page.getByLabel("Описание (английский)").fill("A tariff from the catalogue check");
  const fee = page.getByLabel("Абонентская плата в месяц, ₽");
  await fee.fill("девять");
  await page.getByLabel("Минут в пакете").fill("100");
  await page.getByLabel("Интернета в пакете, ГБ").fill("1,5");
  await page.getByLabel("SMS в пакете").fill("10");
  await page.getByRole("button", { name: "Создать" }).click();
  // The server's refusal, in words, under the fee field only.
  await expect(fee).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByText("Сумма от 0 до 100 000 ₽, не больше двух знаков после запятой.")).toBeVisible();
  await expect(page.getByLabel("Минут в пакете")).not.toHaveAttribute("aria-invalid", "true");

  await fee.fill("9");
  await page.getByRole("button", { name: "Создать" }).click();
  await expect(page).toHaveURL(/\/admin\/tariffs$/);
  const row = page.getByTestId("tariff-row").filter({ hasText: name });
  await expect(row).toContainText("9 ₽");
  await expect(row).toContainText("100 мин · 1,5 ГБ · 10 SMS");
  await expect(row).toContainText("Открыт для подключения");

  // The subscriber sees the new tariff among those open for connection and switches to it.
  const context = await browser.newContext({ locale: "ru-RU" });
  const account = await context.newPage();
  await signIn(account, subscriber, demo.subscriberPassword);
  await expect(account).toHaveURL(/\/account$/);
  await account.goto("/account/tariffs");
  const card = account.locator('[data-testid^="tariff-"]').filter({ has: account.getByRole("heading", { name }) });
  await expect(card).toContainText("9 ₽");
  await card.getByRole("button", { name: /Перейти/ }).click();
  const dialog = account.getByRole("dialog");
  await dialog.getByRole("button", { name: "Подтвердить переход" }).click();
  await expect(dialog.getByRole("status")).toContainText("Тариф изменён");
  await dialog.getByRole("button", { name: "Готово" }).click();
  await expect(account.getByTestId("current-tariff")).toHaveText(name);
  await context.close();

  // The admin's list counts the account now on it.
  await page.reload();
  await expect(page.getByTestId("tariff-row").filter({ hasText: name }).locator("td").nth(3)).toHaveText("1");

  // Its page keeps who created it and with what, in words and roubles.
  await page.getByTestId("tariff-row").filter({ hasText: name }).getByRole("link", { name: "Изменить" }).click();
  const history = page.getByTestId("change-history");
  await expect(history.getByText(/^Создание · .+ · /)).toBeVisible();
  await expect(history.getByText("Абонентская плата в месяц, ₽: 9 ₽")).toBeVisible();
  await expect(history.getByText("Интернета в пакете, ГБ: 1,5")).toBeVisible();
});

test("the catalogue tables show every column on a desktop, without scrolling sideways", async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await signIn(page, demo.admin.email, demo.admin.password);
  await expect(page).toHaveURL(/\/admin/);
  for (const path of ["/admin/options", "/admin/tariffs"]) {
    await page.goto(path);
    const table = page.getByRole("table");
    await expect(table).toBeVisible();
    const { table: tableWidth, card } = await table.evaluate((t) => ({
      table: t.scrollWidth,
      card: t.parentElement!.clientWidth,
    }));
    expect(tableWidth, path).toBeLessThanOrEqual(card);
  }
});
