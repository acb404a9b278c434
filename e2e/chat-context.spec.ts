import { expect, test } from "@playwright/test";
import { demo, leaveWorkspaceOffline, signIn, subscriberAsksForOperator } from "./support";

// An ordinary active subscriber that no other spec uses.
const subscriber = { phone: "+79000000004", accountNumber: "100000004" };

test("'Ask in chat' with a chat already open: a system line in words, and the operator's panel follows live", async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  const operatorContext = await browser.newContext({ locale: "ru-RU", viewport: { width: 1440, height: 900 } });
  const operator = await operatorContext.newPage();
  await signIn(operator, demo.operator.email, demo.operator.password);
  await expect(operator).toHaveURL(/\/admin/);
  await operator.goto("/admin/workspace");
  await expect(operator.getByTestId("presence-select")).toHaveValue("ONLINE");

  // The chat starts from the launcher on the overview: no hint, no failure yet.
  const { panel, log } = await subscriberAsksForOperator(page, subscriber.phone);
  await expect(log.getByText("К чату подключился оператор Ольга.")).toBeVisible();
  const chat = operator.getByTestId("workspace-chat");
  await expect(chat.locator('[data-author="SUBSCRIBER"]').filter({ hasText: "позовите оператора" })).toHaveCount(1);
  const context = operator.getByTestId("subscriber-panel").getByRole("region", { name: "Контекст обращения" });
  await expect(context).toBeVisible();
  await expect(context.getByText("Показанные подсказки")).toHaveCount(0);

  // The workspace uses the desktop's width, the transcript is its widest column, and no ledger line is cut off.
  const viewport = operator.viewportSize()!;
  const box = async (testId: string) => (await operator.getByTestId(testId).boundingBox())!;
  const [transcript, side, tabs] = [await box("workspace-chat"), await box("subscriber-panel"), await box("my-chats")];
  expect(transcript.x + transcript.width - tabs.x).toBeGreaterThan(viewport.width * 0.6);
  expect(transcript.width).toBeGreaterThan(side.width);
  expect(transcript.width).toBeGreaterThan(tabs.width);
  // The header spans the same width, so the logo sits over the first column, not off to one side.
  const logo = (await operator.getByRole("banner").getByRole("link").first().boundingBox())!;
  expect(Math.abs(logo.x - tabs.x)).toBeLessThan(24);
  const ledger = operator.getByTestId("panel-ledger").locator("li > span");
  await expect(ledger.first()).toBeVisible();
  const clipped = await ledger.evaluateAll((spans) => spans.filter((s) => s.scrollWidth > s.clientWidth).length);
  expect(clipped).toBe(0);

  // Who speaks, on both screens: the bot with its name, the operator by first name, the subscriber by name.
  await operator.getByTestId("workspace-chat").getByLabel("Ответ абоненту").fill("Здравствуйте! Чем помочь?");
  await operator.getByTestId("workspace-chat").getByLabel("Ответ абоненту").press("Enter");
  const operatorBubble = log.locator('[data-speaker="operator"]').filter({ hasText: "Чем помочь?" });
  await expect(operatorBubble.getByTestId("speaker-name")).toHaveText("Ольга, оператор");
  await expect(log.locator('[data-speaker="bot"]').first().getByTestId("speaker-name")).toHaveText(
    "Виртуальный помощник",
  );
  await expect(chat.locator('[data-speaker="subscriber"]').first().getByTestId("speaker-name")).toContainText(
    ", абонент",
  );
  await expect(chat.locator('[data-speaker="bot"]').first()).toBeVisible();

  // The attach button is a drawn icon with a name a screen reader can read.
  const attach = panel.getByRole("button", { name: "Прикрепить изображение" });
  await expect(attach.locator("svg")).toHaveCount(1);

  // A hint did not help on the tariffs page; "Ask in chat" goes to the open chat.
  await page.goto("/account/tariffs");
  const hints = page.getByTestId("context-hints");
  const firstHint = (await hints.locator('[data-testid^="hint-"] p').first().innerText()).trim();
  await hints.getByRole("button", { name: "Не помогло" }).first().click();
  await hints.getByRole("button", { name: "Спросить в чате" }).click();
  await expect(panel).toBeVisible();
  const line = "Абонент перешёл из подсказки: подсказки не помогли на странице «Тарифы».";
  await expect(log.locator('[data-author="SYSTEM"]').filter({ hasText: line })).toHaveCount(1);

  // The operator sees the same line, and the context panel now lists the hints, without a reload.
  await expect(chat.locator('[data-author="SYSTEM"]').filter({ hasText: line })).toHaveCount(1, { timeout: 5_000 });
  await expect(context.getByText(firstHint)).toBeVisible({ timeout: 5_000 });

  // Later specs expect the operator to hold no chat.
  await chat.getByRole("button", { name: "Завершить чат" }).click();
  await expect(chat).toHaveAttribute("data-state", "CLOSED");
  await leaveWorkspaceOffline(operator);
  await operatorContext.close();
});
