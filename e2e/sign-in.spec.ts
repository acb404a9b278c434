import { expect, test } from "@playwright/test";
import { demo, expectNoHorizontalScroll, signIn } from "./support";

test("the demo subscriber signs in by phone and sees their balance @phone", async ({ page }) => {
  await signIn(page, "8 (900) 000-00-01", demo.subscriberPassword);
  await expect(page).toHaveURL(/\/account$/);
  await expect(page.getByTestId("account-number")).toHaveText(demo.subscriberAccount);
  await expect(page.getByTestId("balance")).toHaveText(/\d.*₽/);
  await expect(page.getByTestId("tariff")).not.toBeEmpty();
  await expectNoHorizontalScroll(page);
});

test("the demo subscriber signs in by account number", async ({ page }) => {
  await signIn(page, demo.subscriberAccount, demo.subscriberPassword);
  await expect(page).toHaveURL(/\/account$/);
  await expect(page.getByTestId("account-number")).toHaveText(demo.subscriberAccount);
});

test("an operator signs in and lands in the workspace", async ({ page }) => {
  await signIn(page, demo.operator.email, demo.operator.password);
  await expect(page).toHaveURL(/\/admin$/);
  await expect(page.getByTestId("staff-roles")).toHaveText("Оператор");
});

test("a wrong password shows the error and keeps the person on the login page @phone", async ({ page }) => {
  await signIn(page, demo.subscriberPhone, "wrong-password");
  await expect(page.locator("form").getByRole("alert")).toHaveText("Неверный логин или пароль.");
  await expect(page).toHaveURL(/\/login/);
  await expectNoHorizontalScroll(page);
});

test("signing out ends the session", async ({ page }) => {
  await signIn(page, demo.subscriberPhone, demo.subscriberPassword);
  await expect(page).toHaveURL(/\/account$/);
  await page.getByRole("button", { name: "Выйти" }).click();
  await expect(page).toHaveURL(/\/$/);
  await page.goto("/account");
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Faccount/);
});
