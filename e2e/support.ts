import { expect, type Page } from "@playwright/test";

export const demo = {
  subscriberPhone: "+79000000001",
  subscriberAccount: "100000001",
  subscriberPassword: "subscriber-demo",
  operator: { email: "operator@demo.local", password: "operator-demo" },
  admin: { email: "admin@demo.local", password: "admin-demo" },
  marketer: { email: "marketer@demo.local", password: "marketer-demo" },
};

export async function signIn(page: Page, login: string, password: string) {
  await page.goto("/login");
  await page.getByLabel("Телефон, лицевой счёт или e-mail").fill(login);
  await page.getByLabel("Пароль").fill(password);
  await page.getByRole("button", { name: "Войти", exact: true }).click();
}

/** The header's main links: on a phone behind the menu button (opened here), on a desktop in the row. */
export async function mainMenu(page: Page) {
  const button = page.getByRole("banner").getByRole("button", { name: "Меню" });
  if (await button.isVisible()) await button.click();
  return page.getByRole("navigation", { name: "Основное меню" });
}

export async function expectNoHorizontalScroll(page: Page) {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
}

/** A signed-in subscriber opens the chat widget and asks the bot for an operator. */
export async function subscriberAsksForOperator(page: Page, phone: string) {
  await signIn(page, phone, demo.subscriberPassword);
  await expect(page).toHaveURL(/\/account$/);
  await page.getByTestId("chat-launcher").click();
  const panel = page.getByRole("dialog", { name: "Чат поддержки" });
  const log = panel.getByRole("log");
  const composer = panel.getByLabel("Сообщение");
  await composer.fill("позовите оператора");
  await composer.press("Enter");
  return { panel, log, composer };
}

/** Opening the workspace puts an operator online: later specs expect nobody online, so leave offline. */
export async function leaveWorkspaceOffline(page: Page) {
  if (!page.url().endsWith("/admin/workspace")) await page.goto("/admin/workspace");
  await expect(page.getByRole("heading", { name: "Чаты", exact: true })).toBeVisible();
  const presence = page.getByTestId("presence-select");
  if ((await presence.count()) === 0) return; // a supervisor without the operator role takes no chats
  await Promise.all([
    page.waitForResponse((response) => response.url().includes("workspace.heartbeat") && response.ok()),
    presence.selectOption("OFFLINE"),
  ]);
}
