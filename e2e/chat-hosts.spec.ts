import { expect, test } from "@playwright/test";
import { demo, leaveWorkspaceOffline, signIn } from "./support";

const operatorAddress = `http://localhost:${process.env.E2E_PORT ?? 3100}`;

// Runs at localhost (desktop) and, in the @hosts projects, with the visitor's browser at 127.0.0.1 and at a
// name other than localhost (playwright.config.ts): the realtime socket must be allowed wherever the page is.
test("a visitor's chat is live wherever the page was opened, both ways in under a second @hosts", async ({
  page,
  browser,
}) => {
  test.setTimeout(90_000);
  const visitor = `Гость (${test.info().project.name})`;
  const blocked: string[] = [];
  page.on("console", (message) => message.text().includes("Content Security Policy") && blocked.push(message.text()));

  await page.goto("/");
  await page.getByTestId("chat-launcher").click();
  const panel = page.getByRole("dialog", { name: "Чат поддержки" });
  await panel.getByLabel("Имя").fill(visitor);
  await panel.getByRole("button", { name: "Начать чат" }).click();
  const log = panel.getByRole("log");
  await expect(log.getByTestId("chat-message").first()).toContainText("Здравствуйте");
  const composer = panel.getByLabel("Сообщение");
  await composer.fill("позовите оператора");
  await composer.press("Enter");

  // The operator works at the default address; the chat is assigned to them.
  const operatorContext = await browser.newContext({ locale: "ru-RU", baseURL: operatorAddress });
  const operator = await operatorContext.newPage();
  await signIn(operator, demo.operator.email, demo.operator.password);
  await expect(operator).toHaveURL(/\/admin/);
  await operator.goto("/admin/workspace");
  // Auto-assigned, or (when chats left by an earlier failure wait ahead of it) taken from the queue by hand.
  const tab = operator.getByTestId("my-chats").getByRole("tab", { name: visitor });
  const queued = operator.getByTestId("queue-item").filter({ hasText: visitor });
  await expect(tab.or(queued)).toBeVisible();
  if (await queued.isVisible()) await queued.getByRole("button", { name: "Взять" }).click();
  await tab.click();
  const workspaceChat = operator.getByTestId("workspace-chat");

  // Live both ways: each message is on the other screen in under a second (polling takes seconds).
  const reply = workspaceChat.getByLabel("Ответ абоненту");
  await reply.fill("Здравствуйте, я оператор");
  await reply.press("Enter");
  await expect(log.locator('[data-author="OPERATOR"]').getByText("Здравствуйте, я оператор")).toBeVisible({
    timeout: 1_000,
  });
  await composer.fill("Спасибо, вижу вас");
  await composer.press("Enter");
  await expect(workspaceChat.getByText("Спасибо, вижу вас")).toBeVisible({ timeout: 1_000 });

  await expect(panel.getByText("Нет связи в реальном времени", { exact: false })).toHaveCount(0);
  expect(blocked).toEqual([]);
  await workspaceChat.getByRole("button", { name: "Завершить чат" }).click();
  await leaveWorkspaceOffline(operator);
  await operatorContext.close();
});
