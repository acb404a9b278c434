import { expect, test, type Browser, type Page } from "@playwright/test";

export const demo = {
  subscriberPhone: "+79000000001",
  subscriberAccount: "100000001",
  subscriberPassword: "subscriber-demo",
  operator: { email: "operator@demo.local", password: "operator-demo" },
  admin: { email: "admin@demo.local", password: "admin-demo" },
  marketer: { email: "marketer@demo.local", password: "marketer-demo" },
};

/** Every page of the subscriber's account, in the order of its tabs. */
export const accountPages = [
  "/account",
  "/account/tariffs",
  "/account/options",
  "/account/payments",
  "/account/notifications",
  "/account/security",
];

export async function signIn(page: Page, login: string, password: string) {
  await page.goto("/login");
  await page.getByLabel("Телефон, лицевой счёт или e-mail").fill(login);
  await page.getByLabel("Пароль").fill(password);
  await page.getByRole("button", { name: "Войти", exact: true }).click();
}

/** The header's main links: on a phone behind the menu button (opened here), on a desktop in the row. */
export async function mainMenu(page: Page) {
  const button = page.getByRole("banner").getByRole("button", { name: "Меню" });
  if (await button.isVisible()) await button.click();
  return page.getByRole("navigation", { name: "Основное меню" });
}

export async function expectNoHorizontalScroll(page: Page) {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
}

/** A signed-in subscriber opens the chat widget and asks the bot for an operator. */
export async function subscriberAsksForOperator(page: Page, phone: string) {
  await signIn(page, phone, demo.subscriberPassword);
  await expect(page).toHaveURL(/\/account$/);
  await page.getByTestId("chat-launcher").click();
  const panel = page.getByRole("dialog", { name: "Чат поддержки" });
  const log = panel.getByRole("log");
  const composer = panel.getByLabel("Сообщение");
  await composer.fill("позовите оператора");
  await composer.press("Enter");
  return { panel, log, composer };
}

/** Opening the workspace puts an operator online: later specs expect nobody online, so leave offline. */
export async function leaveWorkspaceOffline(page: Page) {
  if (!page.url().endsWith("/admin/workspace")) await page.goto("/admin/workspace");
  await expect(page.getByRole("heading", { name: "Чаты", exact: true })).toBeVisible();
  const presence = page.getByTestId("presence-select");
  if ((await presence.count()) === 0) return; // a supervisor without the operator role takes no chats
  await Promise.all([
    page.waitForResponse((response) => response.url().includes("workspace.heartbeat") && response.ok()),
    presence.selectOption("OFFLINE"),
  ]);
}

/** Signs in and waits for the role's home page. */
export async function signedIn(page: Page, login: string, password: string, home: RegExp) {
  await signIn(page, login, password);
  await expect(page).toHaveURL(home);
}

/** A second browser of its own, signed in as a member of staff, beside the spec's page. */
export async function staffPage(browser: Browser, who: { email: string; password: string }) {
  const context = await browser.newContext({ locale: "ru-RU" });
  const page = await context.newPage();
  await signedIn(page, who.email, who.password, /\/admin$/);
  return page;
}

/** Posts to a tRPC procedure with the page's session (superjson batch format; `dates` names the Date fields). */
export async function trpcPost<T = unknown>(
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

/** The reader's interface language from here on, as the language switch sets it (the `locale` cookie). */
export async function readIn(page: Page, locale: "ru" | "en") {
  const url = test.info().project.use.baseURL!;
  await page.context().addCookies([{ name: "locale", value: locale, url }]);
}

/** Opens a page, lets everything it loads after the first paint arrive, and sums its layout shifts. */
export async function layoutShiftOf(page: Page, path: string): Promise<number> {
  await page.goto(path);
  await page.waitForLoadState("networkidle");
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        let total = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as Array<PerformanceEntry & { value: number; hadRecentInput: boolean }>)
            if (!entry.hadRecentInput) total += entry.value;
        }).observe({ type: "layout-shift", buffered: true });
        // Buffered entries are delivered in the observer's first task; a frame later they are all counted.
        requestAnimationFrame(() => setTimeout(() => resolve(total), 100));
      }),
  );
}

/** "1 234,56 ₽" or "-80 ₽" as shown in Russian → kopecks. */
export function kopecks(text: string | null): number {
  const cleaned = (text ?? "")
    .replace(/[\s\u00a0\u202f₽+]/g, "")
    .replace("\u2212", "-")
    .replace(",", ".");
  const value = Math.round(Number(cleaned) * 100);
  if (!Number.isFinite(value)) throw new Error(`Not money: ${text}`);
  return value;
}

/** Kopecks as the Russian interface shows them ("1 234,56 ₽"). */
export function formatted(value: number): string {
  return new Intl.NumberFormat("ru-RU", {
    style: "currency",
    currency: "RUB",
    currencyDisplay: "narrowSymbol",
    minimumFractionDigits: value % 100 === 0 ? 0 : 2,
  }).format(value / 100);
}
