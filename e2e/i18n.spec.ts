import { expect, test, type Page } from "@playwright/test";
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

/** The page's document, the scripts it runs and the server-component payloads it fetches, as one text. */
async function whatTheBrowserGets(page: Page, path: string): Promise<string> {
  const bodies: Promise<string>[] = [];
  const collect = (response: import("@playwright/test").Response) => {
    const type = response.request().resourceType();
    if (["document", "script", "fetch"].includes(type)) bodies.push(response.text().catch(() => ""));
  };
  page.on("response", collect);
  await page.goto(path);
  await page.waitForLoadState("load");
  page.off("response", collect);
  return (await Promise.all(bodies)).join("\n");
}

test("a page sends the browser its own texts in the reader's language only", async ({ page }) => {
  const landing = await whatTheBrowserGets(page, "/");
  expect(landing).toContain("Личный кабинет"); // the header's own text
  expect(landing).not.toContain("Чаты других операторов"); // the operator workspace's
  expect(landing).not.toContain("виртуальный помощник"); // the bot's, written by the server into the chat
  expect(landing).not.toContain("Other operators"); // the other language
  expect(landing).not.toContain("My account");

  await signIn(page, demo.operator.email, demo.operator.password);
  await expect(page).toHaveURL(/\/admin/);
  const workspace = await whatTheBrowserGets(page, "/admin/workspace");
  expect(workspace).toContain("Чаты других операторов");
  expect(workspace).not.toContain("Other operators");
  expect(workspace).not.toContain("Предпросмотр"); // the banner editor's
  await leaveWorkspaceOffline(page);
});
