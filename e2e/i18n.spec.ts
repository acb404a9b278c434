import { expect, test, type Locator, type Page, type Request } from "@playwright/test";
import { demo, leaveWorkspaceOffline, signIn } from "./support";

const supervisor = { email: "supervisor@demo.local", password: "supervisor-demo" };

/** Every page each role opens, signed in as that role (null: a visitor). */
const tour: Array<{ who: { login: string; password: string } | null; paths: string[] }> = [
  { who: null, paths: ["/", "/help", "/help?q=тариф", "/login", "/recover"] },
  {
    who: { login: demo.subscriberPhone, password: demo.subscriberPassword },
    paths: ["/account", "/account/payments", "/account/tariffs", "/account/options", "/account/security"],
  },
  { who: { login: demo.operator.email, password: demo.operator.password }, paths: ["/admin", "/admin/workspace"] },
  {
    who: { login: supervisor.email, password: supervisor.password },
    paths: ["/admin/metrics", "/admin/follow-ups", "/admin/workspace"],
  },
  {
    who: { login: demo.marketer.email, password: demo.marketer.password },
    paths: ["/admin/banners", "/admin/banners/new", "/admin/banners/funnel"],
  },
  { who: { login: demo.admin.email, password: demo.admin.password }, paths: ["/admin/staff"] },
];

for (const { who, paths } of tour) {
  test(`every text is there on the pages of ${who?.login ?? "a visitor"}`, async ({ page }) => {
    const problems: string[] = [];
    page.on("console", (message) => {
      if (/MISSING_MESSAGE|INVALID_MESSAGE|FORMATTING_ERROR|IntlError/.test(message.text()))
        problems.push(`${page.url()}: ${message.text()}`);
    });
    if (who) await signIn(page, who.login, who.password);
    if (who) await expect(page).not.toHaveURL(/\/login/);
    for (const path of paths) {
      await page.goto(path);
      await page.waitForLoadState("load");
      await expect(page.locator("main")).not.toContainText(
        /\b(account|workspace|chat|errors|nav|metrics|banners)\.[a-z]+[A-Z]?\w*/,
      );
    }
    if (paths.includes("/admin/workspace")) await leaveWorkspaceOffline(page);
    expect(problems).toEqual([]);
  });
}

/**
 * The page's document, the scripts it runs and the server-component payloads it fetches, as one text.
 * Bodies are read only from requests that finished (a response cut off by an abort never yields one),
 * and the text is taken once `ready` shows and every script the page asked for has arrived in full: a
 * definite signal, not network quiet, which the service worker, the realtime socket and polling never give.
 */
async function whatTheBrowserGets(page: Page, path: string, ready: Locator): Promise<string> {
  const bodies = new Map<string, Promise<string>>();
  const collect = async (request: Request) => {
    if (!["document", "script", "fetch"].includes(request.resourceType())) return;
    const response = await request.response();
    if (response)
      bodies.set(
        request.url(),
        response.text().catch(() => ""),
      );
  };
  page.on("requestfinished", collect);
  await page.goto(path);
  await expect(ready).toBeVisible();
  const scripts = await page.evaluate(() =>
    performance
      .getEntriesByType("resource")
      .filter((entry) => (entry as PerformanceResourceTiming).initiatorType === "script")
      .map((entry) => entry.name),
  );
  await expect.poll(() => scripts.filter((url) => !bodies.has(url)), { message: "scripts not yet read" }).toEqual([]);
  page.off("requestfinished", collect);
  return (await Promise.all(bodies.values())).join("\n");
}

test("a page sends the browser its own texts in the reader's language only", async ({ page }) => {
  const landing = await whatTheBrowserGets(page, "/", page.getByTestId("chat-launcher"));
  expect(landing).toContain("Личный кабинет"); // the header's own text
  expect(landing).not.toContain("Чаты других операторов"); // the operator workspace's
  expect(landing).not.toContain("виртуальный помощник"); // the bot's, written by the server into the chat
  expect(landing).not.toContain("Other operators"); // the other language
  expect(landing).not.toContain("My account");

  await signIn(page, demo.operator.email, demo.operator.password);
  await expect(page).toHaveURL(/\/admin/);
  const workspace = await whatTheBrowserGets(
    page,
    "/admin/workspace",
    page.getByRole("heading", { name: "Чаты", exact: true }),
  );
  expect(workspace).toContain("Чаты других операторов");
  expect(workspace).not.toContain("Other operators");
  expect(workspace).not.toContain("Предпросмотр"); // the banner editor's
  await leaveWorkspaceOffline(page);
});
