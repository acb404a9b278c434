import { expect, test } from "@playwright/test";
import { demo, expectNoHorizontalScroll, signIn } from "./support";

// Demo subscriber 49 spends fast from a small balance: the forecast says it runs out within 3 days. No other spec signs in as them.
const lowOnMoney = { phone: "+79000000049", password: demo.subscriberPassword };

// Phone-first, and once: the notice is this subscriber's, read during the test.
test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

test("a low-balance notice appears once in the notification centre and in the development outbox", async ({ page }) => {
  await signIn(page, lowOnMoney.phone, lowOnMoney.password);
  await expect(page).toHaveURL(/\/account$/);
  const tabs = page.getByRole("navigation", { name: "Разделы личного кабинета" });
  // The notices job checks accounts every few seconds in this run.
  await expect(async () => {
    await page.reload();
    await expect(tabs.getByRole("link", { name: /Уведомления/ })).toContainText(/непрочитанн/);
  }).toPass({ timeout: 30_000 });
  await tabs.getByRole("link", { name: /Уведомления/ }).click();
  await expect(page).toHaveURL(/\/account\/notifications$/);
  await expect(page.getByRole("heading", { name: "Уведомления", level: 1 })).toBeVisible();
  // Only the low-balance one: later in a month the package notices (80%, 100%) may reach them too.
  const notices = page.getByTestId("notices").locator("li").filter({ hasText: "Мало денег на счёте" });
  await expect(notices).toHaveCount(1);
  await expect(notices.first()).toContainText("Новое");
  await expect(notices.first()).toContainText("Мало денег на счёте");
  await expect(notices.first()).toContainText(/хватит примерно на \d дн/);
  await expectNoHorizontalScroll(page);

  await page.getByRole("button", { name: "Отметить все прочитанными" }).click();
  await expect(page.getByTestId("notices-unread")).toHaveText("Непрочитанных нет");
  await expect(notices.first()).not.toContainText("Новое");

  // Later scans raise nothing new: still one notice, and one SMS in the outbox.
  await page.waitForTimeout(6_000);
  await page.reload();
  await expect(notices).toHaveCount(1);
  const outbox = await page.context().newPage();
  await outbox.goto("/dev/outbox");
  const sms = outbox
    .getByTestId("outbox-message")
    .filter({ hasText: lowOnMoney.phone })
    .filter({ hasText: "хватит примерно" });
  await expect(sms).toHaveCount(1);
  await expect(sms.getByTestId("outbox-body")).toContainText("хватит примерно");
  await outbox.close();

  // The choice of channels is kept.
  const settings = page.getByTestId("notice-settings");
  const email = settings.getByRole("group", { name: "Мало денег на счёте" }).getByLabel("E-mail");
  await email.check();
  await settings.getByRole("button", { name: "Сохранить" }).click();
  await expect(settings.getByRole("status")).toHaveText("Настройки сохранены.");
  await page.reload();
  await expect(email).toBeChecked();
});
