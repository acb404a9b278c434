import { expect, test } from "@playwright/test";
import { demo, expectNoHorizontalScroll, formatted, kopecks, signIn } from "./support";

// Demo subscriber 23 stops paying early in the seeded history and is blocked for debt; no other spec signs in as them.
const debtor = { phone: "+79000000023", password: demo.subscriberPassword };
const FEE = 2_500; // the default fee, 25 ₽

// Phone-first: the whole story on a 360-px screen.
test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

test("a blocked subscriber takes a promised payment and is unblocked, tops up, and the credit is repaid on the ledger", async ({
  page,
}) => {
  await signIn(page, debtor.phone, debtor.password);
  await expect(page).toHaveURL(/\/account$/);
  await expect(page.getByTestId("account-status")).toContainText("Заблокирован за долг");
  const debt = kopecks(await page.getByTestId("balance").textContent());
  expect(debt).toBeLessThan(0);

  await page.getByRole("link", { name: "Обещанный платёж" }).click();
  await expect(page).toHaveURL(/\/account\/payments#promised-payment$/);
  const card = page.getByTestId("promised-payment");
  const form = card.getByTestId("promised-payment-form");
  // The least credit that clears the debt and the fee, in whole rubles, is filled in.
  const least = Math.ceil((-debt + FEE) / 100) * 100;
  await expect(form.getByLabel("Сумма, ₽")).toHaveValue(String(least / 100));
  await expect(form).toContainText(/Комиссия 25\s₽\. Срок — 3 дня\./);
  await expectNoHorizontalScroll(page);

  // Too little would leave the number blocked: explained before anything is sent.
  await form.getByLabel("Сумма, ₽").fill("10");
  await form.getByRole("button", { name: /^Взять/ }).click();
  await expect(form.getByRole("alert")).toContainText("Сумма — от");
  await form.getByRole("button", { name: formatted(least) }).click();
  await form.getByRole("button", { name: /^Взять/ }).dblclick();

  await expect(card.getByRole("status")).toContainText(`Обещанный платёж ${formatted(least)} до`);
  const afterCredit = debt + least - FEE;
  await expect(page.getByTestId("payments-balance")).toHaveText(formatted(afterCredit));
  await expect(page.getByTestId("account-status")).toContainText("Активен");
  const rows = page.getByTestId("ledger").locator("tbody tr");
  await expect(rows.filter({ hasText: "Обещанный платёж на 3 дня" })).toContainText(`+${formatted(least)}`);
  await expect(rows.filter({ hasText: "Плата за обещанный платёж" })).toContainText(/25\s₽/);
  // The double click took one.
  await expect(rows.filter({ hasText: "Обещанный платёж на 3 дня" })).toHaveCount(1);

  // A top-up of the credit and 500 ₽ more: the credit goes back from it, 500 ₽ stays on the balance.
  const topUp = page.getByTestId("top-up-form");
  await topUp.getByLabel("Сумма, ₽").fill(String(least / 100 + 500));
  await topUp.getByRole("button", { name: "Пополнить", exact: true }).click();
  await expect(topUp.getByRole("status")).toContainText(`Баланс пополнен на ${formatted(least + 50_000)}`);
  await expect(page.getByTestId("payments-balance")).toHaveText(formatted(afterCredit + 50_000));
  await expect(rows.filter({ hasText: "Погашение обещанного платежа из пополнения" })).toContainText(formatted(-least));
  await expect(card.getByTestId("promised-payment-open")).toHaveCount(0);
  await expectNoHorizontalScroll(page);
});
