import { expect, test, type Page } from "@playwright/test";
import { demo, signIn, signedIn } from "./support";

// An active mobile subscriber that no other spec uses.
const subscriber = "+79000000027";

/** The minutes line of the package on /account: "N мин из M мин" (or used up), and its bar. */
async function minutesPart(page: Page) {
  const usage = page.getByTestId("package-usage");
  await expect(usage.getByRole("heading", { name: "Осталось в пакете" })).toBeVisible();
  const bar = usage.getByRole("progressbar", { name: "Минуты" });
  const text = (await bar.getAttribute("aria-valuetext")) ?? "";
  return { text, total: Number(/из ([\d\s\u00a0]+) мин/.exec(text)?.[1]?.replace(/\D/g, "") ?? NaN) };
}

test("an option that adds minutes raises what is left of the package, and its connection is confirmed", async ({
  page,
  browser,
}, testInfo) => {
  test.setTimeout(240_000);
  const name = `Минуты +100 ${testInfo.project.name} ${Date.now().toString(36)}`;
  await signedIn(page, demo.admin.email, demo.admin.password, /\/admin$/);
  await page.goto("/admin/options/new");
  await page.getByLabel("Код").fill(`e2e-minutes-${Date.now().toString(36)}`);
  await page.getByLabel("Название (русский)").fill(name);
  await page.getByLabel("Название (английский)").fill(`Minutes +100 ${testInfo.project.name}`);
  await page.getByLabel("Описание (русский)").fill("Сто минут сверх пакета тарифа");
  await page.getByLabel("Описание (английский)").fill("A hundred minutes beyond the tariff's package");
  await page.getByLabel("Плата в месяц, ₽").fill("1");
  const extra = page.getByRole("group", { name: "Что опция добавляет к пакету тарифа каждый месяц" });
  await extra.getByLabel("Минут").fill("100");
  await page.getByRole("button", { name: "Создать" }).click();
  await expect(page).toHaveURL(/\/admin\/options$/);

  const context = await browser.newContext({ locale: "ru-RU" });
  const account = await context.newPage();
  await signIn(account, subscriber, demo.subscriberPassword);
  await expect(account).toHaveURL(/\/account$/);
  const before = await minutesPart(account);
  expect(before.total).toBeGreaterThan(0);

  await account.goto("/account/options");
  const card = account.getByTestId("available-options").locator("li").filter({ hasText: name });
  await card.getByRole("button", { name: /^Подключить/ }).click();
  const dialog = account.getByRole("dialog");
  await dialog.getByRole("button", { name: "Подключить", exact: true }).click();
  await expect(dialog.getByRole("status")).toContainText("Опция подключена");
  await dialog.getByRole("button", { name: "Готово" }).click();

  await account.goto("/account");
  expect((await minutesPart(account)).total).toBe(before.total + 100);
  await account.goto("/account/notifications");
  const notices = account.getByTestId("notices").locator("li");
  await expect(notices.filter({ hasText: `Опция «${name}» подключена.` })).toHaveCount(1);
  await expect(notices.filter({ hasText: `Опция «${name}» подключена.` })).toContainText("Смена тарифа и опций");
  await context.close();
});
