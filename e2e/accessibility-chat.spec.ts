import { expect, test, type Page } from "@playwright/test";
import { seriousViolations } from "./axe";
import { demo, leaveWorkspaceOffline, readIn, signedIn, staffPage, trpcPost } from "./support";

// One subscriber per project chats to the rating step; no other spec uses them.
const chatters: Record<string, { phone: string; accountNumber: string }> = {
  desktop: { phone: "+79000000015", accountNumber: "100000015" },
  phone: { phone: "+79000000017", accountNumber: "100000017" },
};

test("the open chat widget and its rating steps have no serious accessibility violations @phone", async ({
  page,
  browser,
}) => {
  test.setTimeout(240_000); // two browsers and an operator on a shared, loaded machine
  const chatter = chatters[test.info().project.name]!;
  const found: string[] = [];

  // A visitor: the introduction, then the bot's answer, then "did the bot help?".
  await page.goto("/");
  await page.getByTestId("chat-launcher").click();
  const panel = page.getByRole("dialog", { name: "Чат поддержки" });
  await expect(panel.getByLabel("Имя")).toBeVisible();
  found.push(...(await seriousViolations(page, "chat: visitor introduction")));
  await panel.getByRole("button", { name: "Начать чат" }).click();
  const composer = panel.getByLabel("Сообщение");
  await composer.fill("как подключить роуминг");
  await composer.press("Enter");
  await expect(panel.getByRole("list", { name: "Статьи справки" })).toBeVisible();
  found.push(...(await seriousViolations(page, "chat: bot answer")));

  // A message on its way, then one that did not go: their bubbles must stay readable too.
  const send = /\/api\/trpc\/[^?]*chat\.send/;
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(send, async (route) => {
    await held;
    await route.abort();
  });
  await composer.fill("как подключить роуминг");
  await composer.press("Enter");
  const pending = panel.getByTestId("chat-pending");
  await expect(pending).toHaveAttribute("data-status", "sending");
  found.push(...(await seriousViolations(page, "chat: sending")));
  release();
  await expect(pending).toHaveAttribute("data-status", "failed");
  found.push(...(await seriousViolations(page, "chat: not sent")));
  await page.unroute(send);
  await pending.getByRole("button", { name: "Отправить ещё раз" }).click();
  await expect(pending).toHaveCount(0);
  await panel.getByRole("button", { name: "Завершить чат" }).click();
  await expect(panel.getByRole("alertdialog")).toBeVisible();
  found.push(...(await seriousViolations(page, "chat: end question")));
  await panel.getByRole("alertdialog").getByRole("button", { name: "Завершить" }).click();
  await expect(panel.getByTestId("chat-bot-feedback")).toBeVisible();
  found.push(...(await seriousViolations(page, "chat: bot feedback")));

  // A subscriber with an operator who closes the chat: the operator rating.
  const subscriber = await (await browser.newContext({ locale: "ru-RU" })).newPage();
  await signedIn(subscriber, chatter.phone, demo.subscriberPassword, /\/account$/);
  await subscriber.getByTestId("chat-launcher").click();
  const chat = subscriber.getByRole("dialog", { name: "Чат поддержки" });
  await chat.getByLabel("Сообщение").fill("позовите оператора");
  await chat.getByLabel("Сообщение").press("Enter");
  await expect(chat.getByTestId("chat-state")).toHaveText("Ожидание оператора");
  found.push(...(await seriousViolations(subscriber, "chat: queue")));

  const operator = await staffPage(browser, demo.operator);
  const chatId = await operator.evaluate(async (accountNumber) => {
    const input = encodeURIComponent(JSON.stringify({ 0: { json: null } }));
    const [answer] = (await (await fetch(`/api/trpc/workspace.queue?batch=1&input=${input}`)).json()) as Array<{
      result: { data: { json: Array<{ id: string; who: { accountNumber?: string } }> } };
    }>;
    return answer!.result.data.json.find((item) => item.who.accountNumber === accountNumber)?.id;
  }, chatter.accountNumber);
  expect(chatId).toBeTruthy();
  await trpcPost(operator, "workspace.take", { input: { chatId } });
  await trpcPost(operator, "chat.send", {
    input: { chatId, text: "Здравствуйте! Чем помочь?", clientId: `a11y-${Date.now()}` },
  });
  await expect(chat.locator('[data-author="OPERATOR"]')).toHaveCount(1);
  found.push(...(await seriousViolations(subscriber, "chat: with the operator")));
  // The same chat in the operator's workspace: transcript, composer and the subscriber's panel.
  await operator.goto("/admin/workspace");
  try {
    await expect(operator.getByTestId("workspace-chat").locator('[data-author="OPERATOR"]')).toHaveCount(1);
    found.push(...(await seriousViolations(operator, "/admin/workspace: open chat")));
  } finally {
    await leaveWorkspaceOffline(operator);
  }
  await trpcPost(operator, "chat.close", { input: { chatId } });
  const rating = chat.getByTestId("chat-rating");
  await expect(rating).toBeVisible();
  found.push(...(await seriousViolations(subscriber, "chat: operator rating")));
  // The radios are visually hidden inside their star labels, as the subscriber sees them.
  await rating.getByRole("radio", { name: "5 из 5" }).check({ force: true });
  await rating.getByRole("button", { name: "Отправить оценку" }).click();
  // The form is gone once sent: focus moves to the thanks, not to the page behind the panel.
  await expect(chat.getByTestId("chat-rated")).toBeFocused();
  found.push(...(await seriousViolations(subscriber, "chat: rated")));
  await operator.context().close();
  await subscriber.context().close();

  expect(found, found.join("\n")).toEqual([]);
});

/** A visitor opens the widget, introduces themselves and asks the bot: axe on each step, then the chat is ended. */
async function visitorWidgetSteps(
  page: Page,
  words: { title: string; start: string; message: string; question: string; end: string; endYes: string },
) {
  const found: string[] = [];
  await page.goto("/");
  await page.getByTestId("chat-launcher").click();
  const panel = page.getByRole("dialog", { name: words.title });
  await expect(panel.getByRole("button", { name: words.start })).toBeVisible();
  found.push(...(await seriousViolations(page, "chat: visitor introduction")));
  await panel.getByRole("button", { name: words.start }).click();
  const messages = panel.getByRole("log").getByRole("listitem");
  await expect(messages.first()).toBeVisible(); // the bot's greeting
  const before = await messages.count();
  await panel.getByLabel(words.message).fill(words.question);
  await panel.getByLabel(words.message).press("Enter");
  // One's own message, then the bot's answer.
  await expect.poll(() => messages.count()).toBeGreaterThanOrEqual(before + 2);
  found.push(...(await seriousViolations(page, "chat: bot answer")));
  // Ended, so no visitor chat waits in the queue for later specs.
  await panel.getByRole("button", { name: words.end }).click();
  await panel.getByRole("alertdialog").getByRole("button", { name: words.endYes }).click();
  await expect(panel.getByRole("alertdialog")).toHaveCount(0);
  return found;
}

test("the chat widget in English has no serious accessibility violations @phone", async ({ page }) => {
  test.setTimeout(90_000);
  await readIn(page, "en");
  const found = await visitorWidgetSteps(page, {
    title: "Support chat",
    start: "Start chat",
    message: "Message",
    question: "roaming",
    end: "End chat",
    endYes: "End",
  });
  expect(found, found.join("\n")).toEqual([]);
});

test.describe("in dark mode", () => {
  test.use({ colorScheme: "dark" });

  test("the chat widget has no serious accessibility violations, colour contrast included @phone", async ({ page }) => {
    test.setTimeout(90_000);
    const found = await visitorWidgetSteps(page, {
      title: "Чат поддержки",
      start: "Начать чат",
      message: "Сообщение",
      question: "как подключить роуминг",
      end: "Завершить чат",
      endYes: "Завершить",
    });
    expect(found, found.join("\n")).toEqual([]);
  });
});
