import { expect, test } from "@playwright/test";
import { demo, signIn } from "./support";

test("a hint that did not help offers the chat and keeps the context @phone", async ({ page }) => {
  await signIn(page, demo.subscriberPhone, demo.subscriberPassword);
  await expect(page).toHaveURL(/\/account$/);
  await page.goto("/account/tariffs");
  const hints = page.getByTestId("context-hints");
  await expect(hints.getByTestId("hint-tariff-change-how")).toBeVisible();
  await expect(hints.getByRole("link", { name: /Подробнее/ }).first()).toHaveAttribute("href", /^\/help\//);

  await hints.getByTestId("hint-tariff-change-how").getByRole("button", { name: "Не помогло" }).click();
  await expect(hints.getByRole("status").first()).toHaveText("Спасибо за отзыв!");
  await hints.getByRole("button", { name: "Спросить в чате" }).click();
  await expect(hints.getByText("Мы записали, что произошло")).toBeVisible();
});
