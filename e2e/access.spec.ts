import fs from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { decode, encode } from "next-auth/jwt";
import { demo, signIn } from "./support";

test("a signed-out visitor is sent to sign in and comes back after", async ({ page }) => {
  await page.goto("/account");
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Faccount/);
  await page.getByLabel("Телефон, лицевой счёт или e-mail").fill(demo.subscriberAccount);
  await page.getByLabel("Пароль").fill(demo.subscriberPassword);
  await page.getByRole("button", { name: "Войти", exact: true }).click();
  await expect(page).toHaveURL(/\/account$/);
});

test("a subscriber gets 403 in the staff workspace", async ({ page }) => {
  await signIn(page, demo.subscriberPhone, demo.subscriberPassword);
  await expect(page).toHaveURL(/\/account$/);
  const response = await page.goto("/admin");
  expect(response?.status()).toBe(403);
  await expect(page.getByRole("heading", { name: "Доступ запрещён" })).toBeVisible();
});

test("staff without the admin role get 403 on staff management, the admin gets the list", async ({ page }) => {
  await signIn(page, demo.marketer.email, demo.marketer.password);
  await expect(page).toHaveURL(/\/admin$/);
  expect((await page.goto("/admin/staff"))?.status()).toBe(403);
  await page.getByRole("button", { name: "Выйти" }).click();
  await expect(page).toHaveURL(/\/$/);

  await signIn(page, demo.admin.email, demo.admin.password);
  await expect(page).toHaveURL(/\/admin$/);
  await page.getByRole("link", { name: "Сотрудники" }).click();
  await expect(page.getByRole("cell", { name: demo.operator.email })).toBeVisible();
});

test("the language switch turns the interface to English and back", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("combobox", { name: "Язык" }).selectOption("en");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Manage your plan yourself, any time");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await page.getByRole("combobox", { name: "Language" }).selectOption("ru");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Управляйте связью сами — в любое время");
});

test("an expired or tampered session cookie signs nobody in", async ({ page, context }) => {
  await signIn(page, demo.subscriberPhone, demo.subscriberPassword);
  await expect(page).toHaveURL(/\/account$/);
  const session = (await context.cookies()).find((cookie) => cookie.name === "next-auth.session-token")!;
  // The secret npm start keeps beside the embedded data of this run.
  const secret = fs
    .readFileSync(
      path.join(path.dirname(path.resolve(process.env.E2E_DATA_DIR ?? ".data/e2e/pglite")), "auth-secret"),
      "utf8",
    )
    .trim();
  const token = (await decode({ token: session.value, secret }))!;
  const replace = async (value: string) => {
    await context.clearCookies();
    await context.addCookies([{ ...session, value }]);
    await page.goto("/account");
  };
  await replace(await encode({ token, secret, maxAge: 3600 }));
  await expect(page).toHaveURL(/\/account$/); // the control: re-signed with the real secret, accepted
  await replace(await encode({ token, secret, maxAge: -60 }));
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Faccount/);
  await replace(`${session.value.slice(0, -4)}AAAA`);
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Faccount/);
  await replace(await encode({ token, secret: "another-secret-of-at-least-32-characters" }));
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Faccount/);
});
