import { createHmac, randomBytes } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { demo, leaveWorkspaceOffline, staffPage } from "./support";

const PAGE_ID = "104857600000077";

/** A page webhook as Facebook signs it: X-Hub-Signature-256 is the HMAC-SHA256 of the raw body under the app secret. */
async function messengerWrites(page: Page, webhookUrl: string, appSecret: string, text: string) {
  const body = JSON.stringify({
    object: "page",
    entry: [
      {
        id: PAGE_ID,
        time: Date.now(),
        messaging: [
          {
            sender: { id: "7105550009999001" },
            recipient: { id: PAGE_ID },
            timestamp: Date.now(),
            message: { mid: `m_${randomBytes(6).toString("hex")}`, text },
          },
        ],
      },
    ],
  });
  const signature = `sha256=${createHmac("sha256", appSecret).update(body).digest("hex")}`;
  const response = await page.request.post(new URL(webhookUrl).pathname, {
    headers: { "content-type": "application/json", "x-hub-signature-256": signature },
    data: body,
  });
  expect(response.status()).toBe(200);
}

test("the admin connects a Facebook page from the form, and its chat shows the operator the 24-hour reply window", async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1280, height: 900 });
  const admin = await staffPage(browser, demo.admin);
  await admin.goto("/admin/channels");
  await admin.getByLabel("Мессенджер", { exact: true }).selectOption("FACEBOOK");
  await expect(admin.getByTestId("connect-how-to")).toContainText("Meta");
  await admin.getByLabel("Название для сотрудников").fill("Страница поддержки");
  const appSecret = randomBytes(16).toString("hex");
  await admin.getByLabel("ID страницы").fill("my-page");
  await admin.getByLabel("Маркер доступа страницы").fill(`EAAG${randomBytes(30).toString("hex")}`);
  await admin.getByLabel("Секрет приложения").fill(appSecret);
  await admin.getByLabel("Маркер подтверждения").fill("verify-e2e-token");
  await admin.getByRole("button", { name: "Подключить" }).click();
  // The channel's own check, by field: the page id is a number.
  await expect(admin.getByText("Проверьте это поле.")).toHaveCount(1);
  await expect(admin.getByLabel("ID страницы")).toHaveAttribute("aria-invalid", "true");
  await admin.screenshot({ path: "test-results/channels-form-error-desktop.png", fullPage: true });

  await admin.getByLabel("ID страницы").fill(PAGE_ID);
  await admin.getByRole("button", { name: "Подключить" }).click();
  // Saved whatever Facebook answers (this machine has no way to it): the address to paste is shown.
  const shownUrl = admin.getByTestId("webhook-url");
  await expect(shownUrl).toContainText("/api/channels/facebook/", { timeout: 30_000 });
  const webhookUrl = /(http\S+)/.exec(await shownUrl.innerText())![1]!;
  await expect(admin.getByTestId("inbox-row").filter({ hasText: "Страница поддержки" })).toBeVisible();
  await admin.setViewportSize({ width: 360, height: 740 });
  await admin.screenshot({ path: "test-results/channels-page-phone.png", fullPage: true });

  const operator = await staffPage(browser, demo.operator);
  await operator.goto("/admin/workspace");
  const presence = operator.getByTestId("presence-select");
  if ((await presence.inputValue()) !== "ONLINE") await presence.selectOption("ONLINE");
  await expect(presence).toHaveValue("ONLINE");

  await messengerWrites(page, webhookUrl, appSecret, "позовите оператора");
  const chat = operator.getByTestId("workspace-chat");
  await expect(chat.getByTestId("chat-channel")).toHaveText("Фейсбук", { timeout: 45_000 });
  const window = chat.getByTestId("reply-window");
  await expect(window).toHaveText(/^Ответить можно до (\d{1,2} [а-я]+, )?\d{2}:\d{2}\.$/);
  await expect(window).toHaveAttribute("data-closed", "false");
  await expect(chat.getByLabel("Ответ абоненту")).toBeEnabled();
  await operator.screenshot({ path: "test-results/workspace-window-desktop.png", fullPage: true });
  await operator.setViewportSize({ width: 360, height: 740 });
  await operator.screenshot({ path: "test-results/workspace-window-phone.png", fullPage: true });

  // Ended, so later specs find the operator free, as they found them.
  await chat.getByRole("button", { name: "Завершить чат" }).click();
  await expect(chat).toHaveAttribute("data-state", "CLOSED");
  await leaveWorkspaceOffline(operator);
  await operator.context().close();
  await admin.context().close();
});
