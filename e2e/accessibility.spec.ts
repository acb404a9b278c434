import { expect, test, type Browser, type Page } from "@playwright/test";
import { expectAccessiblePages, seriousViolations } from "./axe";
import { demo, leaveWorkspaceOffline, signIn } from "./support";

// Subscribers that no other spec uses: one only looks; one per project chats to the rating step.
const viewer = "+79000000013";
const chatters: Record<string, { phone: string; accountNumber: string }> = {
  desktop: { phone: "+79000000015", accountNumber: "100000015" },
  phone: { phone: "+79000000017", accountNumber: "100000017" },
};
const supervisor = { email: "supervisor@demo.local", password: "supervisor-demo" };

async function signedIn(page: Page, login: string, password: string, home: RegExp) {
  await signIn(page, login, password);
  await expect(page).toHaveURL(home);
}

/** The href of the first link under `prefix` on the current page, e.g. a help article or a banner. */
async function firstLink(page: Page, prefix: string, except: string[] = []): Promise<string> {
  const hrefs = await page
    .locator(`main a[href^="${prefix}"]`)
    .evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
  const href = hrefs.find((h) => h.length > 0 && !except.some((e) => h.startsWith(e)));
  expect(href, `a link to ${prefix} on ${page.url()}`).toBeTruthy();
  return href!;
}

test("visitor pages have no serious accessibility violations @phone", async ({ page }) => {
  await page.goto("/help?q=" + encodeURIComponent("роуминг"));
  const article = await firstLink(page, "/help/");
  await expectAccessiblePages(page, [
    "/",
    "/login",
    "/recover",
    "/help",
    article,
    "/help?q=" + encodeURIComponent("роуминг"),
  ]);

  // A refused sign-in: the error is announced and tied to the form.
  await page.goto("/login");
  await page.getByLabel("Телефон, лицевой счёт или e-mail").fill(viewer);
  await page.getByLabel("Пароль").fill("not-the-password");
  await page.getByRole("button", { name: "Войти", exact: true }).click();
  await expect(page.locator("form").getByRole("alert")).toBeVisible();
  expect(await seriousViolations(page, "/login: refused")).toEqual([]);
});

test("subscriber pages have no serious accessibility violations @phone", async ({ page }) => {
  await signedIn(page, viewer, demo.subscriberPassword, /\/account$/);
  await expectAccessiblePages(page, [
    "/account",
    "/account/tariffs",
    "/account/options",
    "/account/payments",
    "/account/security",
  ]);

  // The confirmations open over the page.
  const found: string[] = [];
  await page.goto("/account/tariffs");
  await page
    .locator('[data-testid^="tariff-"]')
    .first()
    .getByRole("button", { name: /Перейти/ })
    .click();
  await expect(page.getByRole("dialog").getByTestId("charge-today")).toBeVisible();
  found.push(...(await seriousViolations(page, "/account/tariffs: change dialog")));
  await page.keyboard.press("Escape");
  await page.goto("/account/options");
  await page
    .getByTestId("available-options")
    .getByRole("button", { name: /^Подключить/ })
    .first()
    .click();
  await expect(page.getByRole("dialog").getByTestId("charge-today")).toBeVisible();
  found.push(...(await seriousViolations(page, "/account/options: connect dialog")));
  expect(found, found.join("\n")).toEqual([]);
});

test("the operator's pages have no serious accessibility violations @phone", async ({ page }) => {
  await signedIn(page, demo.operator.email, demo.operator.password, /\/admin$/);
  try {
    await expectAccessiblePages(page, ["/admin", "/admin/workspace"]);
  } finally {
    await leaveWorkspaceOffline(page);
  }
});

test("the supervisor's pages have no serious accessibility violations @phone", async ({ page }) => {
  await signedIn(page, supervisor.email, supervisor.password, /\/admin$/);
  try {
    await expectAccessiblePages(page, ["/admin", "/admin/metrics", "/admin/follow-ups", "/admin/workspace"]);
  } finally {
    await leaveWorkspaceOffline(page);
  }
});

test("the admin's and the marketer's pages have no serious accessibility violations @phone", async ({
  page,
  browser,
}) => {
  await signedIn(page, demo.admin.email, demo.admin.password, /\/admin$/);
  await expectAccessiblePages(page, ["/admin", "/admin/staff"]);
  await page.getByRole("button", { name: "Новый сотрудник" }).click();
  await expect(page.getByRole("dialog")).toBeVisible();
  expect(await seriousViolations(page, "/admin/staff: new staff dialog")).toEqual([]);
  await page.keyboard.press("Escape");

  // The demo has no banners: a draft (shown to nobody) gives the edit page something to edit.
  const marketer = await staffPage(browser, demo.marketer);
  const now = Date.now();
  const draft = await trpcPost<{ id: string }>(marketer, "banners.create", {
    input: {
      title: `Проверка доступности ${now.toString(36)}`,
      text: "Черновик для проверки страницы.",
      ctaLabel: "Подробнее",
      topic: "Проверка",
      placement: "LANDING_HERO",
      audience: { kind: "VISITORS" },
      startsAt: new Date(now).toISOString(),
      endsAt: new Date(now + 86_400_000).toISOString(),
      priority: 0,
    },
    dates: ["startsAt", "endsAt"],
  });
  try {
    await expectAccessiblePages(marketer, [
      "/admin",
      "/admin/banners",
      `/admin/banners/${draft.id}`,
      "/admin/banners/new",
      "/admin/banners/funnel",
    ]);
  } finally {
    await trpcPost(marketer, "banners.setStatus", { input: { bannerId: draft.id, action: "archive" } });
    await marketer.context().close();
  }
});

async function staffPage(browser: Browser, who: { email: string; password: string }) {
  const context = await browser.newContext({ locale: "ru-RU" });
  const page = await context.newPage();
  await signedIn(page, who.email, who.password, /\/admin$/);
  return page;
}

/** Posts to a tRPC procedure with the page's session (superjson batch format; `dates` names the Date fields). */
async function trpcPost<T = unknown>(
  page: Page,
  path: string,
  { input, dates = [] }: { input: unknown; dates?: string[] },
): Promise<T> {
  const answer = await page.evaluate(
    async ({ path, input, dates }) => {
      const meta = dates.length ? { values: Object.fromEntries(dates.map((d) => [d, ["Date"]])) } : undefined;
      const response = await fetch(`/api/trpc/${path}?batch=1`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ 0: { json: input, meta } }),
      });
      return { ok: response.ok, body: (await response.json()) as Array<{ result?: { data: { json: unknown } } }> };
    },
    { path, input, dates },
  );
  expect(answer.ok, `${path}: ${JSON.stringify(answer.body)}`).toBe(true);
  return answer.body[0]!.result!.data.json as T;
}

test("the open chat widget and its rating steps have no serious accessibility violations @phone", async ({
  page,
  browser,
}) => {
  test.setTimeout(150_000);
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
