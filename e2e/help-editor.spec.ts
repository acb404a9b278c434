import { expect, test, type Browser, type Page } from "@playwright/test";
import { expectNoHorizontalScroll, signIn } from "./support";

const editor = { email: "editor@demo.local", password: "editor-demo" };

/** A visitor opens the chat widget, introduces themselves and asks the bot. */
async function visitorAsksBot(browser: Browser, question: string) {
  const page = await browser.newPage();
  await page.goto("/");
  await page.getByTestId("chat-launcher").click();
  const panel = page.getByRole("dialog", { name: "Чат поддержки" });
  await panel.getByLabel("Имя").fill("Гость");
  await panel.getByRole("button", { name: "Начать чат" }).click();
  const log = panel.getByRole("log");
  await expect(log.getByTestId("chat-message").first()).toContainText("Здравствуйте");
  const composer = panel.getByLabel("Сообщение");
  await composer.fill(question);
  await composer.press("Enter");
  const answer = log.locator('[data-author="BOT"]').filter({ has: page.getByRole("list", { name: "Статьи справки" }) });
  return { page, answer };
}

async function fillArticle(page: Page) {
  await page.getByLabel("Адрес статьи").fill("satellite-dish");
  await page.getByLabel("Раздел").selectOption({ label: "Настройки интернета" });
  await page.getByLabel("Заголовок").fill("Спутниковая тарелка на даче");
  await page
    .getByLabel("Текст (Markdown)")
    .fill("## Как настроить\n\nНаправьте **спутниковую тарелку** на юг.\n\n<img src=x onerror=alert(1)>");
  await page.getByRole("button", { name: "English" }).click();
  await page.getByLabel("Заголовок").fill("A satellite dish at the dacha");
  await page.getByLabel("Текст (Markdown)").fill("## How to set up\n\nPoint the **satellite dish** south.");
  await page.getByRole("button", { name: "Русский" }).click();
}

test("an editor publishes an article; the help search and the bot find it; its old address redirects", async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  const alerts: string[] = [];
  page.on("dialog", (d) => {
    alerts.push(d.message());
    void d.dismiss();
  });
  await signIn(page, editor.email, editor.password);
  await expect(page).toHaveURL(/\/admin\/help$/);
  await expect(page.getByRole("heading", { name: "Справочные статьи" })).toBeVisible();
  await page.getByRole("link", { name: "Новая статья" }).click();

  // Nothing filled: every field is named.
  await page.getByRole("button", { name: "Сохранить" }).click();
  await expect(
    page.getByText("Только строчные латинские буквы, цифры и одиночные дефисы, до 80 символов."),
  ).toBeVisible();

  await fillArticle(page);
  const preview = page.getByTestId("article-preview");
  await expect(preview.getByRole("heading", { name: "Как настроить" })).toBeVisible();
  await expect(preview.locator("strong")).toHaveText("спутниковую тарелку");
  // Raw HTML is shown as text, never run.
  await expect(preview).toContainText("<img src=x onerror=alert(1)>");
  await expect(preview.locator("img")).toHaveCount(0);
  await page.getByLabel("Опубликована: видна в справке, поиске и боту").check();
  await page.getByRole("button", { name: "Сохранить" }).click();
  await expect(page).toHaveURL(/\/admin\/help\/[\w-]+$/);
  await expect(page.getByTestId("version-table").getByRole("row")).toHaveCount(2);
  await expectNoHorizontalScroll(page);

  // The help search finds it with Russian morphology, and it renders inert.
  const reader = await browser.newPage();
  await reader.goto("/help?q=" + encodeURIComponent("спутниковые тарелки"));
  await reader
    .getByTestId("help-results")
    .getByRole("link", { name: /Спутниковая тарелка на даче/ })
    .click();
  await expect(reader.getByTestId("help-article-body").locator("strong")).toHaveText("спутниковую тарелку");
  await expect(reader.getByTestId("help-article-body").locator("img")).toHaveCount(0);

  // The bot answers with it.
  const visitor = await visitorAsksBot(browser, "как настроить спутниковую тарелку");
  await expect(visitor.answer.getByRole("link", { name: "Спутниковая тарелка на даче" })).toHaveAttribute(
    "href",
    "/help/satellite-dish",
  );

  // Two editors on one version: the second save is refused with words, not silently lost.
  const second = await browser.newPage();
  await signIn(second, editor.email, editor.password);
  await expect(second).toHaveURL(/\/admin\/help$/);
  await second.goto(page.url());
  await page.getByLabel("Адрес статьи").fill("satellite-dish-setup");
  await page.getByRole("button", { name: "Сохранить" }).click();
  await expect(page.getByText("Сохранено: версия 2.")).toBeVisible();
  await second.getByLabel("Заголовок").fill("Чужая правка");
  await second.getByRole("button", { name: "Сохранить" }).click();
  await expect(second.getByTestId("article-refusal")).toHaveText(
    "Пока вы редактировали, запись изменил другой сотрудник. Ваши правки не сохранены: обновите страницу и внесите их снова.",
  );

  // The old address answers 308 with the new one.
  const old = await reader.request.get("/help/satellite-dish", { maxRedirects: 0 });
  expect(old.status()).toBe(308);
  expect(old.headers().location).toMatch(/\/help\/satellite-dish-setup$/);
  await reader.goto("/help/satellite-dish");
  await expect(reader).toHaveURL(/\/help\/satellite-dish-setup$/);

  // Restoring version 1 makes version 3 with the old text and address.
  await page.reload();
  await page.getByRole("button", { name: "Восстановить 1" }).click();
  await expect(page.getByText("Версия 1 восстановлена как версия 3.")).toBeVisible();
  await expect(page.getByLabel("Адрес статьи")).toHaveValue("satellite-dish");
  expect(alerts).toEqual([]);
});
