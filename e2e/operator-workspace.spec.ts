import { expect, test, type Browser, type Page } from "@playwright/test";
import { demo, signIn, subscriberAsksForOperator } from "./support";

// An ordinary active subscriber that no other spec uses.
const subscriber = { phone: "+79000000009", accountNumber: "100000009" };

const supervisor = { email: "supervisor@demo.local", password: "supervisor-demo" };

/** The number of ratings in today's metrics, as the supervisor's page shows it. */
async function ratingsToday(page: Page): Promise<number> {
  const today = new Date().toLocaleDateString("sv-SE", { timeZone: "Europe/Moscow" });
  await page.goto(`/admin/metrics?from=${today}&to=${today}`);
  const note = await page.getByTestId("metric-csi").locator("p").last().innerText();
  return Number(/(\d+) оцен/.exec(note)?.[1] ?? Number.NaN);
}

async function operatorPage(browser: Browser) {
  const context = await browser.newContext({ locale: "ru-RU" });
  const page = await context.newPage();
  await signIn(page, demo.operator.email, demo.operator.password);
  await expect(page).toHaveURL(/\/admin/);
  await page.goto("/admin/workspace");
  return { context, page };
}

test("an escalated chat is assigned to the online operator, answered both ways in the workspace, closed and rated", async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  const supervisorContext = await browser.newContext({ locale: "ru-RU" });
  const metrics = await supervisorContext.newPage();
  await signIn(metrics, supervisor.email, supervisor.password);
  await expect(metrics).toHaveURL(/\/admin/);
  const ratingsBefore = await ratingsToday(metrics);
  expect(ratingsBefore).toBeGreaterThanOrEqual(0);

  // The operator opens the workspace: online by default, nothing assigned yet.
  const { context: operatorContext, page: operator } = await operatorPage(browser);
  await expect(operator.getByRole("heading", { name: "Чаты", exact: true })).toBeVisible();
  await expect(operator.getByTestId("presence-select")).toHaveValue("ONLINE");

  // The subscriber asks for an operator in the widget.
  const { panel, log, composer } = await subscriberAsksForOperator(page, subscriber.phone);
  // Auto-assignment: no "take" pressed anywhere.
  await expect(log.getByText("К чату подключился оператор Ольга.")).toBeVisible();
  await expect(panel.getByTestId("chat-state")).toHaveText("Оператор в чате");

  // The chat opens in the operator's tabs with the bot part and the subscriber beside it.
  const chat = operator.getByTestId("workspace-chat");
  await expect(operator.getByTestId("my-chats").getByRole("tab")).toHaveCount(1);
  await expect(chat.locator('[data-author="SUBSCRIBER"]').filter({ hasText: "позовите оператора" })).toHaveCount(1);
  await expect(chat.locator('[data-author="BOT"]').first()).toBeVisible();
  await expect(operator.getByTestId("panel-account-number")).toHaveText(subscriber.accountNumber);
  // The page the chat came from, in words (the page key is "account").
  await expect(operator.getByTestId("subscriber-panel").getByText("Обзор счёта", { exact: true })).toBeVisible();
  // The last 10 ledger entries, or all of them when the seeded history (it depends on today's date) holds fewer.
  const ledgerTotal = await page.evaluate(async () => {
    const input = encodeURIComponent(JSON.stringify({ 0: { json: { page: 1, pageSize: 1 } } }));
    const [answer] = (await (await fetch(`/api/trpc/payments.ledger?batch=1&input=${input}`)).json()) as Array<{
      result: { data: { json: { total: number } } };
    }>;
    return answer!.result.data.json.total;
  });
  expect(ledgerTotal).toBeGreaterThan(0);
  await expect(operator.getByTestId("panel-ledger").locator("li")).toHaveCount(Math.min(10, ledgerTotal));
  await expect(operator.getByTestId("my-load")).toHaveText("Активных чатов: 1 из 4");

  // A quick reply by shortcut, then the operator's message reaches the subscriber.
  const reply = chat.getByLabel("Ответ абоненту");
  await reply.fill("/");
  await expect(chat.getByTestId("canned-list").getByRole("button").first()).toBeVisible();
  await reply.press("Tab");
  await expect(reply).not.toHaveValue("/");
  const canned = await reply.inputValue();
  await reply.press("Enter");
  await expect(log.locator('[data-author="OPERATOR"]').filter({ hasText: canned.slice(0, 20) })).toHaveCount(1);

  // A staff note stays in the workspace.
  await chat.getByTestId("note-toggle").check();
  await reply.fill("Проверить начисления за роуминг");
  await reply.press("Enter");
  await expect(chat.getByTestId("chat-note").filter({ hasText: "Проверить начисления за роуминг" })).toHaveCount(1);
  await chat.getByTestId("note-toggle").uncheck();

  // Subscriber → operator, live.
  await composer.fill("Спасибо, всё понятно");
  await composer.press("Enter");
  await expect(chat.locator('[data-author="SUBSCRIBER"]').filter({ hasText: "Спасибо, всё понятно" })).toHaveCount(1);
  await expect(log.getByText("Проверить начисления")).toHaveCount(0);

  // The operator ends the chat; the subscriber rates it.
  await chat.getByRole("button", { name: "Завершить чат" }).click();
  await expect(log.getByText("Оператор завершил чат.")).toBeVisible();
  const rating = panel.getByTestId("chat-rating");
  await rating.getByRole("radio", { name: "5 из 5" }).focus();
  await page.keyboard.press("Space");
  await rating.getByRole("button", { name: "Отправить оценку" }).click();
  await expect(panel.getByTestId("chat-rated")).toContainText("Спасибо за оценку!");

  // Offline: nothing more is assigned to this operator by later specs.
  await operator.getByTestId("presence-select").selectOption("OFFLINE");
  await expect(operator.getByTestId("my-load")).toHaveText("Активных чатов: 0 из 4");
  await operatorContext.close();

  // The supervisor's metrics count the new rating (computed from the database).
  expect(await ratingsToday(metrics)).toBe(ratingsBefore + 1);
  await supervisorContext.close();
});
