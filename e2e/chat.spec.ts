import sharp from "sharp";
import { expect, test, type Page } from "@playwright/test";
import { demo, expectNoHorizontalScroll, signIn } from "./support";

// An ordinary active subscriber that no other spec changes.
const subscriber = { phone: "+79000000007", accountNumber: "100000007" };

type TrpcAnswer<T> = { ok: true; data: T } | { ok: false; appCode: string | null };

/** Calls a tRPC procedure from inside the page, with that browser context's session (superjson batch format). */
async function callTrpc<T>(page: Page, path: string, input: unknown, method: "GET" | "POST"): Promise<TrpcAnswer<T>> {
  return page.evaluate(
    async ({ path, input, method }) => {
      const batch = JSON.stringify({ 0: { json: input } });
      const response =
        method === "GET"
          ? await fetch(`/api/trpc/${path}?batch=1&input=${encodeURIComponent(batch)}`)
          : await fetch(`/api/trpc/${path}?batch=1`, {
              method: "POST",
              headers: { "content-type": "application/json" },
              body: batch,
            });
      const [first] = (await response.json()) as Array<{
        result?: { data: { json: unknown } };
        error?: { json: { data?: { appCode?: string } } };
      }>;
      return first?.result
        ? { ok: true as const, data: first.result.data.json as never }
        : { ok: false as const, appCode: first?.error?.json.data?.appCode ?? null };
    },
    { path, input, method },
  );
}

async function trpcData<T>(page: Page, path: string, input: unknown, method: "GET" | "POST"): Promise<T> {
  const answer = await callTrpc<T>(page, path, input, method);
  if (!answer.ok) throw new Error(`${path} failed: ${answer.appCode}`);
  return answer.data;
}

interface QueueItem {
  id: string;
  who: { accountNumber?: string };
}
interface MessageView {
  id: string;
  seq: number;
  author: string;
  text: string;
}

test("a subscriber asks in chat, the bot hands over, an operator answers live, closes, and the rating is stored", async ({
  page,
  browser,
}) => {
  test.setTimeout(90_000);
  await signIn(page, subscriber.phone, demo.subscriberPassword);
  await expect(page).toHaveURL(/\/account$/);

  // Self-service did not help: "Ask in chat" on a hint opens the widget with that context.
  await page.goto("/account/tariffs");
  const hints = page.getByTestId("context-hints");
  await hints.getByRole("button", { name: "Не помогло" }).first().click();
  await hints.getByRole("button", { name: "Спросить в чате" }).click();
  const panel = page.getByRole("dialog", { name: "Чат поддержки" });
  await expect(panel).toBeVisible();
  const log = panel.getByRole("log");
  await expect(log.getByTestId("chat-message").first()).toContainText("Здравствуйте");
  await expect(panel.getByTestId("chat-state")).toHaveText("Виртуальный помощник");

  const composer = panel.getByLabel("Сообщение");
  await expect(composer).toBeFocused();
  await composer.fill("позовите оператора");
  await composer.press("Enter");
  await expect(log.locator('[data-author="SUBSCRIBER"]').filter({ hasText: "позовите оператора" })).toHaveCount(1);
  await expect(log.getByText("Передаю чат оператору.")).toBeVisible();
  await expect(panel.getByTestId("chat-state")).toHaveText("Ожидание оператора");
  const queueBanner = panel.getByTestId("chat-queue");
  await expect(queueBanner).toContainText(/Вы \d+-й в очереди/);
  // Nobody is in the operators' presence channel: the subscriber may leave a request instead of waiting.
  await expect(queueBanner).toContainText("Сейчас нет операторов в сети");
  await queueBanner.getByRole("button", { name: "Оставить заявку" }).click();
  await expect(queueBanner).toContainText("Заявка оставлена");

  // The operator, in a browser of their own, finds the chat in the queue and takes it.
  const operatorContext = await browser.newContext({ locale: "ru-RU" });
  const operator = await operatorContext.newPage();
  await signIn(operator, demo.operator.email, demo.operator.password);
  await expect(operator).toHaveURL(/\/admin/);
  const queue = await trpcData<QueueItem[]>(operator, "workspace.queue", null, "GET");
  const chatId = queue.find((item) => item.who.accountNumber === subscriber.accountNumber)?.id;
  expect(chatId).toBeTruthy();
  await trpcData(operator, "workspace.take", { chatId }, "POST");
  await expect(log.getByText("К чату подключился оператор Ольга.")).toBeVisible();
  await expect(panel.getByTestId("chat-state")).toHaveText("Оператор в чате");

  // Operator → subscriber in real time, shown once.
  const greeting = "Здравствуйте! Это Ольга, чем помочь?";
  await trpcData(operator, "chat.send", { chatId, text: greeting, clientId: "e2e-operator-0001" }, "POST");
  await expect(log.locator('[data-author="OPERATOR"]').filter({ hasText: greeting })).toHaveCount(1);

  // History survives a reload.
  await page.reload();
  await page.getByTestId("chat-launcher").click();
  await expect(panel).toBeVisible();
  await expect(log.locator('[data-author="OPERATOR"]').filter({ hasText: greeting })).toHaveCount(1);
  await expect(log.getByText("позовите оператора")).toBeVisible();

  // Subscriber → operator; the operator reads it and the subscriber sees the mark.
  const reply = "Не получается сменить тариф, подробности: https://example.com/screen";
  await composer.fill(reply);
  await panel.getByRole("button", { name: "Отправить" }).click();
  const mine = log.locator('[data-author="SUBSCRIBER"]').filter({ hasText: "Не получается сменить тариф" });
  await expect(mine).toHaveCount(1);
  await expect(mine.getByRole("link", { name: "https://example.com/screen" })).toHaveAttribute(
    "rel",
    "noopener noreferrer",
  );
  await expect(mine.locator("[data-mark]")).toHaveAttribute("data-mark", "delivered");
  const seen = () => trpcData<{ messages: MessageView[] }>(operator, "chat.messages", { chatId, afterSeq: 0 }, "GET");
  await expect
    .poll(async () => (await seen()).messages.filter((m) => m.author === "SUBSCRIBER" && m.text === reply).length)
    .toBe(1);
  const upToSeq = Math.max(...(await seen()).messages.map((m) => m.seq));
  await trpcData(operator, "chat.markRead", { chatId, upToSeq }, "POST");
  await expect(mine.locator("[data-mark]")).toHaveAttribute("data-mark", "read");

  // The operator ends the chat; the subscriber rates 5, NPS 10, by keyboard where it matters.
  await trpcData(operator, "chat.close", { chatId }, "POST");
  await expect(log.getByText("Оператор завершил чат.")).toBeVisible();
  await expect(panel.getByTestId("chat-state")).toHaveText("Чат завершён");
  const rating = panel.getByTestId("chat-rating");
  await expect(rating.getByRole("heading", { name: "Оцените помощь оператора" })).toBeVisible();
  await rating.getByRole("radio", { name: "4 из 5" }).focus();
  await page.keyboard.press("Space");
  await page.keyboard.press("ArrowRight");
  await expect(rating.getByRole("radio", { name: "5 из 5" })).toBeChecked();
  await rating.getByText("10", { exact: true }).click();
  await expect(rating.getByRole("radio", { name: "10", exact: true })).toBeChecked();
  await rating.getByLabel("Комментарий (необязательно)").fill("Быстро и по делу");
  await rating.getByRole("button", { name: "Отправить оценку" }).click();
  const rated = panel.getByTestId("chat-rated");
  await expect(rated).toContainText("Спасибо за оценку!");
  await expect(rated.getByRole("link", { name: /Оставить отзыв/ }).first()).toHaveAttribute("href", /^https?:\/\//);

  // One rating per chat: it is stored, so a second one is refused.
  expect(await callTrpc(page, "chat.rate", { chatId, score: 1 }, "POST")).toEqual({
    ok: false,
    appCode: "ALREADY_RATED",
  });

  // A new chat starts with the bot again.
  await rated.getByRole("button", { name: "Начать новый чат" }).click();
  await expect(panel.getByTestId("chat-state")).toHaveText("Виртуальный помощник");
  await expect(log.getByTestId("chat-message")).toHaveCount(1);
  await operatorContext.close();
});

test("a visitor on a phone chats full-screen and the bot answers with help articles @phone", async ({ page }) => {
  await page.goto("/");
  const launcher = page.getByTestId("chat-launcher");
  await launcher.click();
  const panel = page.getByRole("dialog", { name: "Чат поддержки" });
  await expect(panel).toBeVisible();
  const viewport = page.viewportSize()!;
  if (viewport.width < 640) {
    const box = (await panel.boundingBox())!;
    expect(box.width).toBe(viewport.width);
    expect(box.height).toBe(viewport.height);
  }

  // Escape minimizes and gives focus back to the launcher; the keyboard opens it again.
  await expect(panel.getByLabel("Имя")).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(panel).toBeHidden();
  await expect(launcher).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(panel).toBeVisible();

  // A phone is kept only with consent.
  await panel.getByLabel("Имя").fill("Гость");
  await panel.getByLabel("Телефон").fill("+7 900 123-45-67");
  await panel.getByRole("button", { name: "Начать чат" }).click();
  await expect(panel.getByRole("alert")).toHaveText("Чтобы оставить телефон, отметьте согласие на обработку данных.");
  await panel.getByLabel("Согласен на обработку персональных данных и обратный звонок").check();
  await panel.getByRole("button", { name: "Начать чат" }).click();

  const log = panel.getByRole("log");
  await expect(log.getByTestId("chat-message").first()).toContainText("Здравствуйте");
  const composer = panel.getByLabel("Сообщение");
  await composer.fill("как подключить роуминг");
  await composer.press("Enter");
  const answer = log.locator('[data-author="BOT"]').filter({ has: page.getByRole("list", { name: "Статьи справки" }) });
  await expect(answer).toHaveCount(1);
  await expect(answer.getByRole("link").first()).toHaveAttribute("href", /^\/help\/[\w-]+$/);
  // It reads in order: the intro, the articles, then "did it help?" above its buttons.
  const reading = await answer.innerText();
  const firstArticle = await answer.getByRole("link").first().innerText();
  expect(reading.indexOf("Вот что может помочь:")).toBeGreaterThanOrEqual(0);
  expect(reading.indexOf("Вот что может помочь:")).toBeLessThan(reading.indexOf(firstArticle));
  expect(reading.indexOf(firstArticle)).toBeLessThan(reading.indexOf("Помогло?"));
  await expectNoHorizontalScroll(page);

  // Quick replies send their text; then the visitor ends the chat and answers "did the bot help?".
  await answer.getByRole("button", { name: "Помогло" }).click();
  await expect(log.getByText("Рад помочь! Если появятся вопросы — пишите.")).toBeVisible();
  await panel.getByRole("button", { name: "Завершить чат" }).click();
  await panel.getByRole("alertdialog").getByRole("button", { name: "Завершить" }).click();
  const feedback = panel.getByTestId("chat-bot-feedback");
  await expect(feedback.getByRole("heading", { name: "Помог ли бот?" })).toBeFocused();
  await feedback.getByRole("button", { name: "Да" }).click();
  await expect(feedback.getByRole("status")).toHaveText("Спасибо! Это помогает нам делать справку лучше.");
});

test("messages published while the realtime connection is down arrive once it is back, exactly once", async ({
  page,
}) => {
  // The socket goes through a proxy the test can cut; while cut, new connections are refused too.
  let cut = false;
  const sockets: Array<{ close: () => Promise<void> }> = [];
  await page.routeWebSocket(/\/app\//, (ws) => {
    if (cut) return void ws.close();
    ws.connectToServer();
    sockets.push(ws);
  });
  await page.goto("/help");
  await page.getByTestId("chat-launcher").click();
  const panel = page.getByRole("dialog", { name: "Чат поддержки" });
  await panel.getByRole("button", { name: "Начать чат" }).click();
  const log = panel.getByRole("log");
  await expect(log.getByTestId("chat-message")).toHaveCount(1);
  const current = await trpcData<{ chat: { id: string } }>(page, "chat.current", null, "GET");

  cut = true;
  await Promise.all(sockets.map((ws) => ws.close()));
  // Sent from outside the widget (as another tab would), so only realtime or a backfill can show it.
  await trpcData(
    page,
    "chat.send",
    { chatId: current.chat.id, text: "как подключить роуминг", clientId: "e2e-outage-0001" },
    "POST",
  );
  const offline = panel.getByRole("status").filter({ hasText: "Нет связи в реальном времени" });
  await expect(offline).toBeVisible();
  cut = false;
  // pusher-js reconnects by itself and the widget resubscribes.
  await expect(offline).toBeHidden({ timeout: 30_000 });

  await expect(log.locator('[data-author="VISITOR"]').filter({ hasText: "как подключить роуминг" })).toHaveCount(1, {
    timeout: 20_000,
  });
  await expect(
    log.locator('[data-author="BOT"]').filter({ has: page.getByRole("list", { name: "Статьи справки" }) }),
  ).toHaveCount(1);
  await expect(log.getByTestId("chat-message")).toHaveCount(3);
});

test("a subscriber sends a picture; a disguised file is refused", async ({ page }) => {
  await signIn(page, "+79000000008", "subscriber-demo");
  await expect(page).toHaveURL(/\/account$/);
  await page.getByTestId("chat-launcher").click();
  const panel = page.getByRole("dialog", { name: "Чат поддержки" });
  await expect(panel.getByTestId("chat-message").first()).toBeVisible();
  const fileInput = panel.locator('input[type="file"]');
  await expect(fileInput).toBeAttached();
  // A real 1×1 picture: the server decodes and re-encodes uploads, so a PNG with a broken checksum is refused.
  const png = await sharp({ create: { width: 1, height: 1, channels: 4, background: "#e11d48" } })
    .png()
    .toBuffer();
  await fileInput.setInputFiles({ name: "screenshot.png", mimeType: "image/png", buffer: png });
  await expect(panel.getByRole("img", { name: "Изображение" })).toBeVisible();
  expect(
    await panel.getByRole("img", { name: "Изображение" }).evaluate((img: HTMLImageElement) => img.naturalWidth),
  ).toBe(1);
  await fileInput.setInputFiles({
    name: "virus.png",
    mimeType: "image/png",
    buffer: Buffer.from("<script>alert(1)</script>"),
  });
  await expect(panel.getByText("Можно отправить только PNG, JPG или WebP до 5 МБ.")).toBeVisible();
  await expect(panel.getByRole("img", { name: "Изображение" })).toHaveCount(1);
});
