import { expect, test } from "@playwright/test";
import { signIn } from "./support";

const QUESTION = "Можно ли звонить с круизного лайнера?";

test("a question the bot did not settle shows up in /admin/bot and, once linked to an article, is answered with it", async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  const ask = async (text: string) => {
    const visitor = await browser.newPage();
    await visitor.goto("/");
    await visitor.getByTestId("chat-launcher").click();
    const panel = visitor.getByRole("dialog", { name: "Чат поддержки" });
    await panel.getByLabel("Имя").fill("Гость");
    await panel.getByRole("button", { name: "Начать чат" }).click();
    const log = panel.getByRole("log");
    await expect(log.getByTestId("chat-message").first()).toContainText("Здравствуйте");
    const composer = panel.getByLabel("Сообщение");
    await composer.fill(text);
    await composer.press("Enter");
    const answers = log
      .locator('[data-author="BOT"]')
      .filter({ has: visitor.getByRole("list", { name: "Статьи справки" }) });
    return { composer, answers, log };
  };

  // The bot answers from the search, and the visitor says it did not help.
  const first = await ask(QUESTION);
  await expect(first.answers).toHaveCount(1);
  await first.composer.fill("не помогло");
  await first.composer.press("Enter");
  await expect(first.log.locator('[data-author="BOT"]').last()).not.toHaveText(/Вот что может помочь/);

  await signIn(page, "editor@demo.local", "editor-demo");
  // An editor lands on the help articles first; going on before that would be cut short by the redirect.
  await expect(page).toHaveURL(/\/admin\/help/);
  await page.goto("/admin/bot");
  const group = page.getByTestId("bot-question-group").filter({ hasText: QUESTION });
  await expect(group).toHaveCount(1);
  await expect(group).toContainText("1 раз не помогло");
  await group.getByRole("button", { name: "Связать со статьёй" }).click();
  await group.getByLabel("Найти опубликованную статью").fill("Роуминг за границей");
  await group.getByRole("button", { name: "Выбрать: Роуминг за границей: как подготовиться к поездке" }).click();
  await expect(group).toContainText("Отвечает статьёй «Роуминг за границей: как подготовиться к поездке»");
  await expect(page.getByTestId("bot-trend-table")).toBeVisible();

  // A close variant of the wording gets the linked article, and only it.
  const second = await ask("можно ли ЗВОНИТЬ  с круизного лайнера");
  await expect(second.answers).toHaveCount(1);
  await expect(second.answers.getByRole("link")).toHaveCount(1);
  await expect(second.answers.getByRole("link")).toHaveText("Роуминг за границей: как подготовиться к поездке");
});
