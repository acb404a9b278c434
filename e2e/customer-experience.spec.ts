import { expect, test, type Page } from "@playwright/test";
import { demo, staffPage, subscriberAsksForOperator, trpcPost } from "./support";

// Subscribers no other spec uses, without an NPS answer in the demo history's last 30 days (so NPS is asked).
const detractor = { phone: "+79000000031", accountNumber: "100000031" };
const promoter = { phone: "+79000000032", accountNumber: "100000032" };

interface QueueItem {
  id: string;
  who: { accountNumber?: string };
}

/** The demo admin (a supervisor's rights too) takes the subscriber's queued chat, answers and closes it. */
async function operatorServesAndCloses(staff: Page, accountNumber: string) {
  let chatId: string | undefined;
  await expect
    .poll(async () => {
      const queue = await trpcGet<QueueItem[]>(staff, "workspace.queue");
      chatId = queue.find((item) => item.who.accountNumber === accountNumber)?.id;
      return chatId;
    })
    .toBeTruthy();
  await trpcPost(staff, "workspace.take", { input: { chatId } });
  await trpcPost(staff, "chat.send", {
    input: { chatId, text: "Здравствуйте, смотрю.", clientId: `cx-${accountNumber}` },
  });
  await trpcPost(staff, "chat.close", { input: { chatId } });
  return chatId!;
}

async function trpcGet<T>(page: Page, path: string): Promise<T> {
  return page.evaluate(async (path) => {
    const response = await fetch(
      `/api/trpc/${path}?batch=1&input=${encodeURIComponent(JSON.stringify({ 0: { json: null } }))}`,
    );
    const [first] = (await response.json()) as Array<{ result: { data: { json: unknown } } }>;
    return first!.result.data.json as never;
  }, path);
}

const ledgerText = "Компенсация по обращению";

test("a detractor's survey raises a follow-up that a supervisor resolves with a compensation; a promoter's review click counts", async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  const operator = await staffPage(browser, demo.operator);
  const { panel } = await subscriberAsksForOperator(page, detractor.phone);
  await expect(panel.getByTestId("chat-state")).toHaveText("Ожидание оператора");
  const chatId = await operatorServesAndCloses(operator, detractor.accountNumber);

  // The survey after the chat: resolved = no, CES 2, CSI 2, NPS 4.
  const survey = panel.getByTestId("chat-rating");
  await expect(survey.getByRole("heading", { name: "Оцените помощь оператора" })).toBeVisible();
  await survey.getByRole("group", { name: "Удалось решить ваш вопрос?" }).getByText("Нет", { exact: true }).click();
  await survey
    .getByRole("group", { name: /Насколько легко/ })
    .getByText("2", { exact: true })
    .click();
  await survey.getByRole("radio", { name: "2 из 5" }).check({ force: true });
  await survey
    .getByRole("group", { name: /порекомендуете/ })
    .getByText("4", { exact: true })
    .click();
  await survey.getByLabel("Комментарий (необязательно)").fill("Так и не заработало");
  await survey.getByRole("button", { name: "Отправить оценку" }).click();
  const thanks = panel.getByTestId("chat-rated");
  await expect(thanks).toContainText("Руководитель смены разберётся");
  await expect(thanks.getByTestId("review-invitation")).toHaveCount(0);

  // The supervisor sees the follow-up with its due time, reads the context and resolves it with 100 ₽.
  const supervisor = await staffPage(browser, demo.admin);
  await supervisor.goto("/admin/follow-ups");
  const card = supervisor.getByRole("article").filter({ hasText: detractor.accountNumber }).first();
  await expect(card.getByTestId("follow-up-due")).toBeVisible();
  await expect(card.getByTestId("follow-up-survey")).toContainText("вопрос не решён");
  await expect(card.getByTestId("follow-up-survey")).toContainText("лёгкость 2 из 7");
  await card.getByRole("button", { name: "Взять в работу" }).click();
  await expect(card.getByTestId("follow-up-state")).toHaveText("В работе");
  await card.getByLabel("Что сделано").fill("Перезвонили, извинились, начислили компенсацию");
  await card.getByText("Компенсация", { exact: true }).click();
  await card.getByLabel(/Компенсация, ₽/).fill("100");
  await card.getByRole("button", { name: "Отметить решённым" }).click();
  await expect(supervisor.getByRole("article").filter({ hasText: detractor.accountNumber })).toHaveCount(0);
  await supervisor.goto("/admin/follow-ups?status=resolved");
  const resolved = supervisor.getByRole("article").filter({ hasText: detractor.accountNumber }).first();
  await expect(resolved.getByTestId("follow-up-compensation")).toHaveText("Начислено 100 ₽ на лицевой счёт");

  // The subscriber's ledger shows it.
  await page.goto("/account/payments");
  await expect(page.getByText(ledgerText).first()).toBeVisible();

  // The metrics and the daily report of today count the survey and the compensation.
  const today = await supervisor.evaluate(() => new Date().toLocaleDateString("sv-SE", { timeZone: "Europe/Moscow" }));
  await supervisor.goto(`/admin/metrics?from=${today}&to=${today}`);
  await expect(supervisor.getByTestId("metric-fcr")).not.toContainText("—");
  await expect(supervisor.getByTestId("programme-follow-ups-compensated")).toContainText(/[1-9]/);
  await supervisor.goto(`/admin/reports/daily?day=${today}`);
  await expect(supervisor.getByTestId("daily-fcr")).not.toContainText("—");
  await expect(supervisor.getByTestId("daily-ces")).not.toContainText("—");
  expect(chatId).toBeTruthy();

  // A promoter: NPS 10 → invited to the platforms; the click is counted in the funnel.
  const promoterPage = await (await browser.newContext({ locale: "ru-RU" })).newPage();
  const promoterChat = await subscriberAsksForOperator(promoterPage, promoter.phone);
  await expect(promoterChat.panel.getByTestId("chat-state")).toHaveText("Ожидание оператора");
  await operatorServesAndCloses(operator, promoter.accountNumber);
  const promoterSurvey = promoterChat.panel.getByTestId("chat-rating");
  await promoterSurvey
    .getByRole("group", { name: "Удалось решить ваш вопрос?" })
    .getByText("Да", { exact: true })
    .click();
  await promoterSurvey
    .getByRole("group", { name: /порекомендуете/ })
    .getByText("10", { exact: true })
    .click();
  await promoterSurvey.getByRole("button", { name: "Отправить оценку" }).click();
  const invitation = promoterChat.panel.getByTestId("review-invitation");
  await expect(invitation).toBeVisible();
  const before = Number(await programmeValue(supervisor, today, "clicked"));
  const link = invitation.getByRole("link").first();
  await expect(link).toHaveAttribute("href", /^https?:\/\//);
  // The platform opens in a new tab; the page only records the click.
  await promoterPage.context().route(/yandex\.ru|2gis\.ru/, (route) => route.fulfill({ body: "ok" }));
  await Promise.all([
    promoterPage.waitForResponse((r) => r.url().includes("chat.reviewClick") && r.ok()),
    link.click(),
  ]);
  await expect.poll(async () => Number(await programmeValue(supervisor, today, "clicked"))).toBe(before + 1);
});

async function programmeValue(page: Page, day: string, id: string) {
  await page.goto(`/admin/metrics?from=${day}&to=${day}`);
  return (await page.getByTestId(`programme-${id}`).locator("dd").textContent())?.replace(/\D/g, "") ?? "";
}

test("a chat that ended in the queue before any operator answered asks no operator rating", async ({ page }) => {
  const { panel } = await subscriberAsksForOperator(page, "+79000000033");
  await panel.getByRole("button", { name: "Завершить чат" }).click();
  await panel.getByRole("alertdialog").getByRole("button", { name: "Завершить" }).click();
  const survey = panel.getByTestId("chat-rating");
  await expect(survey.getByRole("heading", { name: "Расскажите, как прошло обращение" })).toBeVisible();
  await expect(survey.getByRole("group", { name: "Удалось решить ваш вопрос?" })).toBeVisible();
  await expect(survey.getByRole("radio", { name: /из 5/ })).toHaveCount(0);
  await survey.getByRole("group", { name: "Удалось решить ваш вопрос?" }).getByText("Нет", { exact: true }).click();
  await survey
    .getByRole("group", { name: /Насколько легко/ })
    .getByText("3", { exact: true })
    .click();
  await survey.getByRole("button", { name: "Отправить оценку" }).click();
  await expect(panel.getByTestId("chat-rated")).toBeVisible();
});
