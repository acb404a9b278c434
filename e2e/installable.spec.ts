import { expect, test, type Page } from "@playwright/test";
import sharp from "sharp";
import { demo, signIn } from "./support";

interface ManifestIcon {
  src: string;
  sizes: string;
  type: string;
  purpose?: string;
}

/** The manifest the page links to, as the browser would find it. */
async function linkedManifest(page: Page) {
  await page.goto("/");
  const href = await page.locator('link[rel="manifest"]').getAttribute("href");
  expect(href).toBeTruthy();
  const response = await page.request.get(href!);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toContain("application/manifest+json");
  return response.json();
}

test("the page links a Russian manifest that opens the account as a standalone app @phone", async ({ page }) => {
  const manifest = await linkedManifest(page);
  expect(manifest).toMatchObject({ lang: "ru", start_url: "/account", display: "standalone" });
  expect(manifest.name).toMatch(/[а-яё]/i);
  expect(manifest.short_name).toMatch(/[а-яё]/i);
  expect(manifest.short_name.length).toBeLessThanOrEqual(12);
  const themeColor = await page.locator('meta[name="theme-color"]').getAttribute("content");
  expect(manifest.theme_color).toBe(themeColor);
  // That it is the Tailwind theme's brand colour is server/brand.test.ts.
  expect(manifest.background_color).toMatch(/^#[0-9a-f]{6}$/i);
});

test("every icon of the manifest and the page loads with the size it claims", async ({ page }) => {
  const manifest = await linkedManifest(page);
  const icons: ManifestIcon[] = manifest.icons;
  const raster = icons.filter((icon) => icon.type === "image/png");
  expect(raster.map((icon) => icon.sizes)).toEqual(expect.arrayContaining(["192x192", "512x512"]));
  expect(raster.some((icon) => icon.purpose === "maskable")).toBe(true);
  const linked = await page
    .locator('link[rel="icon"], link[rel="apple-touch-icon"]')
    .evaluateAll((links) => links.map((link) => (link as HTMLLinkElement).getAttribute("href")!));
  expect(linked.length).toBeGreaterThanOrEqual(2);
  for (const src of [...icons.map((icon) => icon.src), ...linked]) {
    const response = await page.request.get(src);
    expect(response.status(), src).toBe(200);
    const declared = icons.find((icon) => icon.src === src)?.sizes;
    if (declared && declared !== "any") {
      const { width, height } = await sharp(await response.body()).metadata();
      expect(`${width}x${height}`, src).toBe(declared);
    }
  }
  const apple = await page.request.get(linked.find((href) => href.includes("apple"))!);
  expect((await sharp(await apple.body()).metadata()).width).toBe(180);
});

test("the app registers its service worker for the whole site", async ({ page }) => {
  await page.goto("/");
  const worker = await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    return { script: registration.active?.scriptURL, scope: registration.scope };
  });
  expect(new URL(worker.script!).pathname).toBe("/sw.js");
  expect(new URL(worker.scope).pathname).toBe("/");
});

test("robots.txt keeps the account, the staff pages and the API out of search engines", async ({ request }) => {
  const response = await request.get("/robots.txt");
  expect(response.status()).toBe(200);
  const disallowed = (await response.text())
    .split("\n")
    .filter((line) => /^disallow:/i.test(line))
    .map((line) => line.replace(/^disallow:\s*/i, "").trim());
  expect(disallowed).toEqual(expect.arrayContaining(["/account", "/admin", "/api"]));
});

test("no page asks for a file that is not there (visitor pages and the account)", async ({ page }) => {
  const missing: string[] = [];
  page.on("response", (response) => {
    if (response.status() === 404) missing.push(response.url());
  });
  page.on("console", (message) => {
    if (message.type() === "error" && /404/.test(message.text())) missing.push(`${page.url()}: ${message.text()}`);
  });
  // The browser asks for the tab's icon after the page loaded (a missing one was the 404 of every page).
  const visit = async (path: string) => {
    const icon = page.waitForResponse((response) => /icon|favicon/.test(new URL(response.url()).pathname));
    await page.goto(path);
    await Promise.all([icon, page.waitForLoadState("load")]);
  };
  for (const path of ["/", "/login", "/help"]) await visit(path);
  await signIn(page, demo.subscriberPhone, demo.subscriberPassword);
  await expect(page).toHaveURL(/\/account$/);
  await visit("/account");
  expect(missing).toEqual([]);
});
