import { expect, test, type Locator, type Page } from "@playwright/test";
import { demo } from "./support";

// An ordinary active subscriber that no other spec uses; this spec changes its tariff.
const subscriber = "+79000000016";

/** Presses Tab (or Shift+Tab) until `target` has focus, as a keyboard user would; fails after `max` presses. */
async function tabTo(page: Page, target: Locator, { back = false, max = 60 } = {}) {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
    await page.keyboard.press(back ? "Shift+Tab" : "Tab");
  }
  await expect(target).toBeFocused();
}

/** The focused element shows where focus is: an outline or a ring (box-shadow), not nothing. */
async function expectVisibleFocus(target: Locator) {
  await expect(target).toBeFocused();
  const style = await target.evaluate((el) => {
    const s = getComputedStyle(el);
    return { outline: s.outlineStyle === "none" ? "none" : s.outlineWidth, shadow: s.boxShadow };
  });
  expect(
    (style.outline !== "none" && style.outline !== "0px") || style.shadow !== "none",
    `focus indicator: ${JSON.stringify(style)}`,
  ).toBe(true);
}

test("the whole journey works from the keyboard, with visible focus: sign in, change tariff, chat, rate", async ({
  page,
}) => {
  test.setTimeout(90_000);
  // Sign in: Tab to the fields, type, Enter submits.
  await page.goto("/login");
  const login = page.getByLabel("Телефон, лицевой счёт или e-mail");
  await tabTo(page, login);
  await expectVisibleFocus(login);
  await page.keyboard.type(subscriber);
  await page.keyboard.press("Tab");
  await expect(page.getByLabel("Пароль")).toBeFocused();
  await page.keyboard.type(demo.subscriberPassword);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/account$/);

  // Top up first, so the new tariff is affordable whatever the demo history left on the balance.
  const sections = page.getByRole("navigation", { name: "Разделы личного кабинета" });
  const paymentsTab = sections.getByRole("link", { name: "Платежи" });
  await tabTo(page, paymentsTab);
  await expectVisibleFocus(paymentsTab);
  await page.keyboard.press("Enter");
  const amount = page.getByTestId("top-up-form").getByLabel("Сумма, ₽");
  await tabTo(page, amount);
  await page.keyboard.type("3000");
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("top-up-form").getByRole("status")).toContainText("Баланс пополнен");

  // To the tariffs by the section tabs.
  const tariffsTab = sections.getByRole("link", { name: "Тарифы" });
  await tabTo(page, tariffsTab);
  await expectVisibleFocus(tariffsTab);
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { name: "Тарифы", level: 1 })).toBeVisible();

  // Escape closes the confirmation and gives focus back to the button that opened it.
  const target = page.locator('[data-testid^="tariff-"]').first();
  const targetName = (await target.getByRole("heading").textContent())!.trim();
  const choose = target.getByRole("button", { name: /Перейти/ });
  await tabTo(page, choose);
  await expectVisibleFocus(choose);
  await page.keyboard.press("Enter");
  const dialog = page.getByRole("dialog");
  await expect(dialog.getByTestId("charge-today")).toContainText("₽");
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(choose).toBeFocused();

  // Space opens it again; Tab stays inside the dialog until the confirmation.
  await page.keyboard.press("Space");
  await expect(dialog.getByTestId("charge-today")).toContainText("₽");
  const confirm = dialog.getByRole("button", { name: "Подтвердить переход" });
  await tabTo(page, confirm, { max: 10 });
  await expectVisibleFocus(confirm);
  await page.keyboard.press("Enter");
  await expect(dialog.getByRole("status")).toContainText("Тариф изменён");
  const done = dialog.getByRole("button", { name: "Готово" });
  await expectVisibleFocus(done);
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("current-tariff")).toHaveText(targetName);

  // Open the chat from the launcher; focus lands in the composer.
  const launcher = page.getByTestId("chat-launcher");
  await tabTo(page, launcher);
  await expectVisibleFocus(launcher);
  await page.keyboard.press("Enter");
  const panel = page.getByRole("dialog", { name: "Чат поддержки" });
  const composer = panel.getByLabel("Сообщение");
  await expect(composer).toBeFocused();
  await expect(panel.getByTestId("chat-state")).toHaveText("Виртуальный помощник");
  await page.keyboard.type("как подключить роуминг");
  await page.keyboard.press("Enter");
  const log = panel.getByRole("log");
  await expect(log.locator('[data-author="SUBSCRIBER"]').filter({ hasText: "как подключить роуминг" })).toHaveCount(1);
  await expect(panel.getByRole("list", { name: "Статьи справки" })).toBeVisible();

  // End the chat (the confirmation takes focus) and rate the bot with Space.
  const end = panel.getByRole("button", { name: "Завершить чат" });
  await tabTo(page, end, { back: true });
  await expectVisibleFocus(end);
  await page.keyboard.press("Enter");
  await expect(panel.getByRole("alertdialog").getByRole("button", { name: "Завершить" })).toBeFocused();
  await page.keyboard.press("Enter");
  const feedback = panel.getByTestId("chat-bot-feedback");
  await expect(feedback.getByRole("heading", { name: "Помог ли бот?" })).toBeFocused();
  const yes = feedback.getByRole("button", { name: "Да" });
  await tabTo(page, yes, { max: 5 });
  await expectVisibleFocus(yes);
  await page.keyboard.press("Space");
  await expect(feedback.getByRole("status")).toHaveText("Спасибо! Это помогает нам делать справку лучше.");
  // The answered buttons are gone: focus stays in the panel, not on the page behind it.
  await expect(feedback.getByRole("heading", { name: "Помог ли бот?" })).toBeFocused();

  // Escape minimizes the panel and focus returns to the launcher.
  await page.keyboard.press("Escape");
  await expect(panel).toBeHidden();
  await expectVisibleFocus(launcher);
});
