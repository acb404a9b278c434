import { expect, test, type Page } from "@playwright/test";
import { expectNoHorizontalScroll, signIn } from "./support";

const supervisor = { email: "supervisor@demo.local", password: "supervisor-demo" };

async function openCollections(page: Page) {
  await signIn(page, supervisor.email, supervisor.password);
  await expect(page).toHaveURL(/\/admin$/);
  await page.getByRole("link", { name: /Работа с задолженностью/ }).click();
  await expect(page).toHaveURL(/\/admin\/collections$/);
  await expect(page.getByRole("heading", { name: "Работа с задолженностью", level: 1 })).toBeVisible();
}

// The demo number whose promised payment ends unpaid within days (prisma/seed/collections.ts): no other spec uses it.
test("a supervisor sees an at-risk demo account, reminds it, and the SMS is in the outbox", async ({ page }) => {
  await openCollections(page);
  await expect(page.getByTestId("at-risk-count")).toContainText(/Под угрозой \d+ абонент/);
  await page
    .getByRole("navigation", { name: "Причина" })
    .getByRole("link", { name: "Блокировка в течение 7 дней" })
    .click();
  await expect(page).toHaveURL(/reason=BLOCK_SOON/);
  const row = page.getByTestId("at-risk-row").first();
  await expect(row).toContainText("Блокировка в течение 7 дней");
  await expect(row.getByTestId("amount-at-risk")).toHaveText(/\d.*₽/);
  await expect(row.getByTestId("reminder-outcome")).toHaveText("не напоминали");

  await expect(page.getByRole("button", { name: "Отправить напоминание" })).toBeDisabled();
  await row.getByRole("checkbox").check();
  await expect(page.getByText("Выбран 1 абонент")).toBeVisible();
  await page.getByRole("button", { name: "Отправить напоминание" }).click();
  await expect(page.getByRole("status").filter({ hasText: "напомина" })).toHaveText("Отправлено 1 напоминание.");
  await expect(row.getByTestId("reminder-outcome")).toHaveText("Ждём ответа");
  await expect(row).toContainText("напоминание");
  await expect(page.getByTestId("recovery-days")).toBeVisible();

  // Once per interval: the same account again is left alone, and said so.
  await row.getByRole("checkbox").check();
  await page.getByRole("button", { name: "Отправить напоминание" }).click();
  await expect(page.getByRole("status").filter({ hasText: "напомина" })).toContainText(
    "1 абоненту уже напоминали недавно",
  );

  const outbox = await page.context().newPage();
  await outbox.goto("/dev/outbox");
  const sms = outbox.getByTestId("outbox-message").filter({ hasText: "номер будет заблокирован" });
  await expect(sms).toHaveCount(1);
  await expect(sms.getByTestId("outbox-body")).toContainText("обещанный платёж");
  await outbox.close();
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

  test("the at-risk accounts are cards with named fields, and nothing scrolls sideways @phone", async ({ page }) => {
    await openCollections(page);
    const row = page.getByTestId("at-risk-row").first();
    await expect(row).toBeVisible();
    await expect(row.getByText("Не хватает")).toBeVisible();
    await expectNoHorizontalScroll(page);
  });
});
