import { expect, test } from "@playwright/test";
import { demo, expectNoHorizontalScroll, signIn, staffPage } from "./support";

// Subscribers no other spec uses, one per project: the desktop run changes its password on the same database.
const subscribers = { desktop: "+79000000052", phone: "+79000000053" };
const supervisor = { email: "supervisor@demo.local", password: "supervisor-demo" };

test("a password change that worked after a failed try asks the survey once, and the metrics count it as self-service @phone", async ({
  page,
  browser,
}, testInfo) => {
  const phone = subscribers[testInfo.project.name as keyof typeof subscribers];
  const newPassword = `survey-e2e-${testInfo.project.name}-7`;
  await signIn(page, phone, demo.subscriberPassword);
  await expect(page).toHaveURL(/\/account$/);
  await page.goto("/account/security");

  // The failure: a wrong current password. No survey yet.
  await page.getByLabel("Текущий пароль").fill("not-my-password");
  await page.getByLabel("Новый пароль", { exact: true }).fill(newPassword);
  await page.getByLabel("Повторите новый пароль").fill(newPassword);
  await page.getByRole("button", { name: "Сменить пароль" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toHaveText("Текущий пароль указан неверно.");
  await expect(page.getByTestId("self-service-survey")).toHaveCount(0);

  // The success right after it: the survey appears in the page, without blocking it.
  await page.getByLabel("Текущий пароль").fill(demo.subscriberPassword);
  await page.getByRole("button", { name: "Сменить пароль" }).click();
  await expect(page.getByText("Пароль изменён. Другие сеансы завершены.")).toBeVisible();
  const survey = page.getByRole("region", { name: "Получилось! Расскажите, как всё прошло" });
  await expect(survey).toBeVisible();
  // No operator took part: no operator rating.
  await expect(survey.getByRole("group", { name: /Работа оператора/ })).toHaveCount(0);
  await survey.getByRole("group", { name: "Удалось решить ваш вопрос?" }).getByText("Да", { exact: true }).click();
  await survey
    .getByRole("group", { name: /Насколько легко/ })
    .getByText("6", { exact: true })
    .click();
  await survey.getByLabel("Комментарий (необязательно)").fill("Со второго раза получилось");
  await expectNoHorizontalScroll(page);
  await page.screenshot({ path: testInfo.outputPath("survey.png"), fullPage: true });
  await survey.getByRole("button", { name: "Отправить оценку" }).click();
  await expect(survey.getByRole("status")).toContainText("Спасибо за оценку!");

  // Answered once: not asked again.
  await page.reload();
  await expect(page.getByRole("heading", { name: "Смена пароля" })).toBeVisible();
  await expect(page.getByTestId("self-service-survey")).toHaveCount(0);

  // Today's metrics count it under the self-service kind: every answer of this spec is "resolved", effort 6.
  const staff = await staffPage(browser, supervisor);
  const today = await staff.evaluate(() => new Date().toLocaleDateString("sv-SE", { timeZone: "Europe/Moscow" }));
  await staff.goto(`/admin/metrics?from=${today}&to=${today}`);
  const row = staff.getByRole("row", { name: /Самообслуживание/ });
  await expect(row.getByRole("cell").nth(3)).toHaveText("6");
  await expect(row.getByRole("cell").nth(4)).toHaveText(/^100\s?%$/);
  await expect(staff.getByTestId("metric-fcr")).not.toContainText("—");
  await staff.screenshot({ path: testInfo.outputPath("metrics.png"), fullPage: true });
  // The CSV's breakdown has the same row: no chats, effort 6, resolved 100 %.
  const csv = await staff.request.get(`/admin/metrics/export?section=channels&from=${today}&to=${today}`);
  expect(csv.ok()).toBe(true);
  const line = (await csv.text()).split(/\r?\n/).find((l) => l.includes("Самообслуживание"));
  expect(line?.replace(/"/g, "").split(/[;,]/).slice(1)).toEqual(["0", "0", "", "6", "100"]);
});
