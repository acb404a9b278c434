import { expect, test } from "@playwright/test";
import { expectNoHorizontalScroll, mainMenu } from "./support";

test("a visitor searches help for «роуминге», sees highlighted matches and reads the article @phone", async ({
  page,
}) => {
  await page.goto("/");
  await (await mainMenu(page)).getByRole("link", { name: "Помощь" }).click();
  await expect(page).toHaveURL(/\/help$/);
  await expect(page.getByRole("heading", { name: "Разделы помощи" })).toBeVisible();

  await page.getByRole("searchbox", { name: "Поиск по статьям помощи" }).fill("роуминге");
  await page.getByRole("button", { name: "Найти" }).click();
  await expect(page).toHaveURL(/\/help\?q=%D1%80%D0%BE%D1%83%D0%BC%D0%B8%D0%BD%D0%B3%D0%B5$/);
  const results = page.getByTestId("help-results");
  const hit = results.getByRole("listitem").filter({ hasText: "Роуминг за границей: как подготовиться к поездке" });
  // "роуминге" matched "Роуминг" in the title: stemming, shown as <mark>.
  await expect(hit.locator("h3 mark").first()).toHaveText("Роуминг");
  await expect(results.locator("mark").filter({ hasText: "роуминге" }).first()).toBeVisible();
  await expectNoHorizontalScroll(page);

  await hit.getByRole("link").click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Роуминг за границей: как подготовиться к поездке");
  await expect(page.getByTestId("help-article-body").locator("p")).toHaveCount(3);
  await expectNoHorizontalScroll(page);
  await page.getByRole("link", { name: "К результатам поиска" }).click();
  await expect(page.getByRole("searchbox", { name: "Поиск по статьям помощи" })).toHaveValue("роуминге");
});

test("help search without results suggests other queries; an unknown article is 404", async ({ page }) => {
  await page.goto("/help?q=" + encodeURIComponent("!!!"));
  await expect(page.getByRole("heading", { name: "По запросу «!!!» ничего не нашлось" })).toBeVisible();
  await page.getByRole("link", { name: "пароль", exact: true }).click();
  await expect(page.getByTestId("help-results").getByRole("link", { name: /Забыли пароль/ })).toBeVisible();

  const response = await page.goto("/help/no-such-article");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Страница не найдена" })).toBeVisible();
});
