import { expect, test, type Page } from "@playwright/test";
import { XSS_PAYLOADS } from "../server/testing/xss-payloads";
import { demo, signIn } from "./support";

/** A tRPC mutation from inside the page: the browser's own cookies and Origin, as the widget sends it. */
async function mutate<T>(page: Page, path: string, input: unknown): Promise<T> {
  return page.evaluate(
    async ({ path, input }) => {
      const response = await fetch(`/api/trpc/${path}`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ json: input }),
      });
      const body = (await response.json()) as { result?: { data: { json: unknown } } };
      if (!body.result) throw new Error(`${path}: ${response.status} ${JSON.stringify(body)}`);
      return body.result.data.json as never;
    },
    { path, input },
  );
}

/** Fails the test on any alert/confirm/prompt, the usual proof that injected script ran. */
function watchDialogs(page: Page, fired: string[]) {
  page.on("dialog", (dialog) => {
    fired.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
}

async function expectNothingInjected(page: Page) {
  await expect(page.locator('img[src="x"], svg[onload], a[href^="javascript:"]')).toHaveCount(0);
}

test("payloads in a visitor's name and chat messages show as text to the operator and in the widget, and run nowhere", async ({
  page,
  browser,
}) => {
  test.setTimeout(60_000);
  const fired: string[] = [];
  watchDialogs(page, fired);
  const name = XSS_PAYLOADS[0]!;

  // The visitor stores the payloads through the real API: name at start, each payload as a message, then asks for a person.
  await page.goto("/");
  const chat = await mutate<{ id: string }>(page, "chat.start", { kind: "SUPPORT", visitor: { name, consent: false } });
  for (const [i, text] of XSS_PAYLOADS.entries())
    await mutate(page, "chat.send", { chatId: chat.id, text, clientId: `xss-spec-${i}-${Date.now()}` });
  await mutate(page, "chat.send", {
    chatId: chat.id,
    text: "Позовите оператора",
    clientId: `xss-spec-op-${Date.now()}`,
  });

  // The operator's workspace: the chat is assigned to the online operator and rendered.
  const operatorContext = await browser.newContext({ locale: "ru-RU" });
  const operator = await operatorContext.newPage();
  watchDialogs(operator, fired);
  await signIn(operator, demo.operator.email, demo.operator.password);
  await expect(operator).toHaveURL(/\/admin/);
  await operator.goto("/admin/workspace");
  await expect(operator.getByTestId("presence-select")).toHaveValue("ONLINE");
  // Earlier specs may have left the operator other chats: this one is opened by its id.
  await operator.getByTestId("my-chats").locator(`[role="tab"][data-chat-id="${chat.id}"]`).click();
  const workspaceChat = operator.getByTestId("workspace-chat");
  for (const text of XSS_PAYLOADS) {
    await expect(
      workspaceChat.locator('[data-author="VISITOR"]').filter({ has: operator.getByText(text, { exact: true }) }),
    ).toHaveCount(1);
  }
  await expect(operator.getByTestId("subscriber-panel")).toContainText(name);

  // The operator answers with a javascript: link among real ones; the visitor's widget shows it all as text.
  const reply = workspaceChat.getByLabel("Ответ абоненту");
  await reply.fill("Откройте javascript:alert(document.cookie) или https://example.com/help");
  await reply.press("Enter");
  await page.reload();
  await page.getByTestId("chat-launcher").click();
  const log = page.getByRole("dialog", { name: "Чат поддержки" }).getByRole("log");
  const operatorMessage = log
    .locator('[data-author="OPERATOR"]')
    .filter({ hasText: "javascript:alert(document.cookie)" });
  await expect(operatorMessage).toHaveCount(1);
  await expect(operatorMessage.getByRole("link")).toHaveAttribute("href", "https://example.com/help");
  for (const text of XSS_PAYLOADS) await expect(log.getByText(text, { exact: true })).toHaveCount(1);

  await expectNothingInjected(page);
  await expectNothingInjected(operator);
  expect(fired).toEqual([]);

  // Leave nothing for later specs: the chat closed, the operator offline.
  await workspaceChat.getByRole("button", { name: "Завершить чат" }).click();
  await operator.getByTestId("presence-select").selectOption("OFFLINE");
  await operatorContext.close();
});
