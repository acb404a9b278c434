import { expect, test, type APIResponse } from "@playwright/test";
import { demo, signIn } from "./support";

const scriptNonces = (html: string) => [...html.matchAll(/<script[^>]*\snonce="([^"]+)"/g)].map((m) => m[1]);
const policyNonce = (response: APIResponse) =>
  /'nonce-([^']+)'/.exec(response.headers()["content-security-policy"] ?? "")?.[1];

test("visitors' landing page comes from the cache with a fresh script nonce on every response", async ({ request }) => {
  const first = await request.get("/");
  const second = await request.get("/");
  expect(second.headers()["x-page-cache"]).toBe("hit");
  const [a, b] = [policyNonce(first), policyNonce(second)];
  expect(a).toBeTruthy();
  expect(a).not.toBe(b);
  for (const [response, nonce] of [
    [first, a],
    [second, b],
  ] as const) {
    const nonces = scriptNonces(await response.text());
    expect(nonces.length).toBeGreaterThan(0);
    expect(new Set(nonces)).toEqual(new Set([nonce]));
  }
  // A cached page still starts the visitor's anonymous session.
  expect(first.headers()["set-cookie"]).toContain("vsid=");
});

test("a cached page runs in the browser: no script is blocked and the chat opens", async ({ page }) => {
  const blocked: string[] = [];
  page.on("console", (message) => message.text().includes("Content Security Policy") && blocked.push(message.text()));
  await page.request.get("/help?q=%D1%80%D0%BE%D1%83%D0%BC%D0%B8%D0%BD%D0%B3"); // rendered into the cache first
  const response = await page.goto("/help?q=%D1%80%D0%BE%D1%83%D0%BC%D0%B8%D0%BD%D0%B3");
  expect(response?.headers()["x-page-cache"]).toBe("hit");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await page.getByTestId("chat-launcher").click();
  await expect(page.getByRole("dialog", { name: "Чат поддержки" })).toBeVisible();
  expect(blocked).toEqual([]);
});

test("English visitors get the English page, and a signed-in subscriber is never served from the cache", async ({
  page,
  context,
  baseURL,
}) => {
  await context.addCookies([{ name: "locale", value: "en", url: baseURL! }]);
  await page.request.get("/");
  const english = await page.goto("/");
  expect(english?.headers()["x-page-cache"]).toBe("hit");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await context.clearCookies();
  await signIn(page, demo.subscriberPhone, demo.subscriberPassword);
  await expect(page).toHaveURL(/\/account$/);
  const signedIn = await page.goto("/");
  expect(signedIn?.headers()["x-page-cache"]).toBeUndefined();
});
