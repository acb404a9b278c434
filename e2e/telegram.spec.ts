import sharp from "sharp";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { demo, leaveWorkspaceOffline, signIn } from "./support";

/** Today's chats counted under Telegram and ratings, as /admin/metrics shows them. */
async function telegramFigures(page: Page) {
  const today = new Date().toLocaleDateString("sv-SE", { timeZone: "Europe/Moscow" });
  await page.goto(`/admin/metrics?from=${today}&to=${today}`);
  const row = page.getByRole("row").filter({ has: page.getByRole("rowheader", { name: "Телеграм", exact: true }) });
  const chats = Number(await row.getByRole("cell").first().innerText());
  const note = await page.getByTestId("metric-csi").locator("p").last().innerText();
  return { chats, ratings: Number(/(\d+) оцен/.exec(note)?.[1] ?? 0) };
}

async function staffPage(browser: Browser, who: { email: string; password: string }, path: string) {
  const context = await browser.newContext({ locale: "ru-RU" });
  const page = await context.newPage();
  await signIn(page, who.email, who.password);
  await expect(page).toHaveURL(/\/admin/);
  await page.goto(path);
  return { context, page };
}

test("a Telegram user reaches the bot, an operator and the survey, and the metrics count it under Telegram", async ({
  page: phone,
  browser,
}) => {
  test.setTimeout(180_000);
  const { context: adminContext, page: admin } = await staffPage(browser, demo.admin, "/admin/channels");
  // The demo inbox npm start connected to the fake Bot API.
  await expect(admin.getByTestId("inbox-row").filter({ hasText: "Демо-бот (симулятор)" })).toBeVisible();
  const before = await telegramFigures(admin);

  const { context: operatorContext, page: operator } = await staffPage(browser, demo.operator, "/admin/workspace");
  // Online, whatever an earlier spec left: only an online operator is assigned chats.
  const presence = operator.getByTestId("presence-select");
  if ((await presence.inputValue()) !== "ONLINE") await presence.selectOption("ONLINE");
  await expect(presence).toHaveValue("ONLINE");

  // The person writes "from Telegram": the simulator posts Updates to the real webhook.
  await phone.setViewportSize({ width: 360, height: 740 });
  await phone.goto("/dev/messenger");
  await phone.getByRole("button", { name: "Игорь Соколов" }).click();
  const telegram = phone.getByTestId("sim-chat");
  await telegram.getByRole("button", { name: "Начать" }).click();
  const fromBot = telegram.locator('[data-from="bot"]');
  await expect(fromBot.filter({ hasText: "виртуальный помощник" })).toBeVisible();
  await phone.getByLabel("Сообщение").fill("как подключить роуминг за границей");
  await phone.getByRole("button", { name: "Отправить", exact: true }).click();
  // The bot answers with help articles as links, and its buttons as an inline keyboard.
  const answer = fromBot.filter({ hasText: "/help/" }).last();
  await expect(answer).toBeVisible();
  await answer.getByRole("button", { name: "Позвать оператора" }).click();

  // The operator, online, gets the chat marked Telegram.
  const chat = operator.getByTestId("workspace-chat");
  await expect(chat.getByTestId("chat-channel")).toHaveText("Телеграм", { timeout: 30_000 });
  await expect(chat.locator('[data-author="VISITOR"]').filter({ hasText: "роуминг" })).toHaveCount(1);

  // Text and a picture, both delivered to the fake Telegram and shown so in the workspace.
  const reply = chat.getByLabel("Ответ абоненту");
  await reply.fill("Здравствуйте! Роуминг включается в разделе «Опции».");
  await reply.press("Enter");
  await expect(fromBot.filter({ hasText: "Роуминг включается в разделе" })).toBeVisible();
  const picture = await sharp({ create: { width: 80, height: 60, channels: 3, background: "#0284c7" } })
    .png()
    .toBuffer();
  await chat
    .locator('input[type="file"]')
    .setInputFiles({ name: "options.png", mimeType: "image/png", buffer: picture });
  await expect(telegram.getByTestId("sim-photo")).toBeVisible();
  expect(await telegram.getByTestId("sim-photo").evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(80);
  const delivered = chat.locator('[data-author="OPERATOR"]').getByTestId("delivery-state");
  await expect(delivered).toHaveCount(2);
  for (const mark of await delivered.all()) await expect(mark).toHaveText("Доставлено в мессенджер");

  // The operator closes; the person answers the survey with the inline keyboards, one question at a time.
  await chat.getByRole("button", { name: "Завершить чат" }).click();
  for (const [question, answer] of [
    ["Ваш вопрос решён?", "Да"],
    ["Насколько легко", "7"],
    ["от 1 до 5", "5"],
    ["От 0 до 10", "10"],
  ]) {
    await fromBot.filter({ hasText: question }).getByRole("button", { name: answer, exact: true }).click();
  }
  // A promoter is invited to the demo's review platforms through our redirect, which counts the click.
  const invitation = fromBot.filter({ hasText: "оставите отзыв" });
  const link = /http\S+\/api\/channels\/review\/\S+/.exec(await invitation.innerText())?.[0];
  expect(link).toBeTruthy();
  const redirect = await phone.request.get(link!, { maxRedirects: 0 });
  expect(redirect.status()).toBe(302);
  expect(redirect.headers().location).toMatch(/^https:\/\//);
  // Then the optional comment, skipped.
  await fromBot.filter({ hasText: "Хотите что-то добавить?" }).getByRole("button", { name: "Пропустить" }).click();
  await expect(fromBot.filter({ hasText: "Спасибо за оценку!" })).toBeVisible();

  await expect
    .poll(async () => telegramFigures(admin), { timeout: 20_000 })
    .toEqual({ chats: before.chats + 1, ratings: before.ratings + 1 });
  // The inbox's status is read from the database: the last webhook is now known.
  await admin.goto("/admin/channels");
  await expect(admin.getByTestId("inbox-row").filter({ hasText: "Демо-бот" })).not.toContainText("ещё не было");

  await leaveWorkspaceOffline(operator);
  await operatorContext.close();
  await adminContext.close();
});
