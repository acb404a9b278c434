import { expect, test } from "@playwright/test";
import { demo, expectNoHorizontalScroll, signIn } from "./support";

test.beforeEach(async ({ page }) => {
  await signIn(page, demo.subscriberPhone, demo.subscriberPassword);
  await expect(page).toHaveURL(/\/account$/);
});

test("the subscriber switches tariff after seeing what it costs today @phone", async ({ page }) => {
  await page.getByRole("link", { name: "Тарифы" }).click();
  await expect(page.getByRole("heading", { name: "Тарифы", level: 1 })).toBeVisible();
  await expectNoHorizontalScroll(page);

  const target = page.locator('[data-testid^="tariff-"]').first();
  const targetName = (await target.getByRole("heading").textContent())!.trim();
  await target.getByRole("button", { name: /Перейти/ }).click();
  const dialog = page.getByRole("dialog");
  await expect(dialog.getByTestId("charge-today")).toContainText("₽");
  await dialog.getByRole("button", { name: "Подтвердить переход" }).click();
  await expect(dialog.getByRole("status")).toContainText("Тариф изменён");
  await dialog.getByRole("button", { name: "Готово" }).click();

  await expect(page.getByTestId("current-tariff")).toHaveText(targetName);
  await expect(page.getByTestId("change-history")).toContainText(targetName);
});

test("the subscriber connects an option and disconnects it @phone", async ({ page }) => {
  await page.goto("/account/options");
  const card = page
    .getByTestId("available-options")
    .locator("li")
    .filter({ has: page.getByRole("button", { name: /^Подключить/ }) })
    .filter({ hasNot: page.getByText(/Заменит/) })
    .first();
  const optionName = (await card.getByRole("heading").textContent())!.trim();
  await card.getByRole("button", { name: /^Подключить/ }).click();
  const dialog = page.getByRole("dialog");
  await expect(dialog.getByTestId("charge-today")).toContainText("₽");
  await dialog.getByRole("button", { name: "Подключить", exact: true }).click();
  await expect(dialog.getByRole("status")).toContainText("Опция подключена");
  await dialog.getByRole("button", { name: "Готово" }).click();

  const connected = page.getByTestId("connected-options");
  await expect(connected).toContainText(optionName);
  await connected
    .locator("li")
    .filter({ hasText: optionName })
    .getByRole("button", { name: /Отключить/ })
    .click();
  await page.getByRole("dialog").getByRole("button", { name: "Да, отключить" }).click();
  await expect(connected).not.toContainText(optionName);
});
