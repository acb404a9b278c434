import { expect, test, type Page } from "@playwright/test";
import { demo, expectNoHorizontalScroll, formatted, kopecks, signIn } from "./support";

// Subscriber 5 is an ordinary demo subscriber that no other spec touches, so balances here are this spec's own.
const payer = { phone: "+79000000005", password: demo.subscriberPassword };

async function signInAsPayer(page: Page) {
  await signIn(page, payer.phone, payer.password);
  await expect(page).toHaveURL(/\/account$/);
}

test("the subscriber tops up 500 ₽ once, even with a double click, and sees it on the balance and in the ledger @phone", async ({
  page,
}) => {
  await signInAsPayer(page);
  const before = kopecks(await page.getByTestId("balance").textContent());
  await expect(page.getByTestId("next-charge")).toContainText("Следующее списание");
  await expect(page.getByTestId("forecast")).not.toBeEmpty();

  await page.getByRole("link", { name: "Пополнить", exact: true }).click();
  await expect(page).toHaveURL(/\/account\/payments#top-up$/);
  await expect(page.getByRole("heading", { name: "Платежи и расходы", level: 1 })).toBeVisible();
  await expect(
    page.getByRole("navigation", { name: "Разделы личного кабинета" }).getByRole("link", { name: "Платежи" }),
  ).toHaveAttribute("aria-current", "page");
  await expectNoHorizontalScroll(page);

  const form = page.getByTestId("top-up-form");
  await form.getByRole("button", { name: /^500\s₽$/ }).click();
  await expect(form.getByLabel("Сумма, ₽")).toHaveValue("500");
  await form.getByRole("button", { name: "Пополнить", exact: true }).dblclick();
  await expect(form.getByRole("status")).toContainText("Баланс пополнен на 500");
  await expect(page.getByTestId("payments-balance")).toHaveText(formatted(before + 50_000));

  const newest = page.getByTestId("ledger").locator("tbody tr").first();
  await expect(newest).toContainText("Пополнение");
  await expect(newest).toContainText(/\+500\s₽/);
  await expectNoHorizontalScroll(page);

  await page.getByRole("navigation", { name: "Разделы личного кабинета" }).getByRole("link", { name: "Обзор" }).click();
  await expect(page).toHaveURL(/\/account$/);
  // Exactly 500 ₽ more: the double click paid once.
  await expect.poll(async () => kopecks(await page.getByTestId("balance").textContent())).toBe(before + 50_000);
});

test("amount mistakes are explained, a declined card changes nothing, and the ledger filters by type", async ({
  page,
}) => {
  await signInAsPayer(page);
  await page.goto("/account/payments");
  const form = page.getByTestId("top-up-form");
  const amount = form.getByLabel("Сумма, ₽");
  const submit = form.getByRole("button", { name: "Пополнить", exact: true });

  await submit.click();
  await expect(form.getByRole("alert")).toHaveText("Введите сумму.");
  await amount.fill("5");
  await submit.click();
  await expect(form.getByRole("alert")).toHaveText(/Минимальная сумма — 10\s₽\./);
  await expect(amount).toHaveAttribute("aria-invalid", "true");
  await amount.fill("60000");
  await submit.click();
  await expect(form.getByRole("alert")).toHaveText(/Максимальная сумма — 50\s000\s₽\./);

  const before = await page.getByTestId("payments-balance").textContent();
  await amount.fill("13,13");
  await submit.click();
  await expect(form.getByRole("alert")).toContainText("Банк отклонил платёж");
  await page.reload();
  await expect(page.getByTestId("payments-balance")).toHaveText(before ?? "");
  // The failure is hinted where it happened, and not on the tariffs page.
  await expect(page.getByTestId("last-failure")).toContainText("Не получилось: Банк отклонил платёж");
  // Hints come with the page's HTML, so once its heading shows, what the page hints is all there is.
  await page.goto("/account/tariffs");
  await expect(page.getByRole("heading", { name: "Тарифы", level: 1 })).toBeVisible();
  await expect(page.getByTestId("last-failure")).toHaveCount(0);
  await page.goto("/account/payments");

  await page.getByLabel("Операции").selectOption("PAYMENT");
  await page.getByRole("button", { name: "Показать" }).click();
  await expect(page).toHaveURL(/type=PAYMENT/);
  const rows = page.getByTestId("ledger").locator("tbody tr");
  await expect(rows.first()).toBeVisible();
  for (const row of await rows.all()) await expect(row).toContainText("Пополнение");

  await page.goto("/account/payments?from=2026-05-10&to=2026-05-01");
  await expect(page.getByRole("alert").filter({ hasText: "не может быть раньше" })).toBeVisible();
  await expect(page.getByRole("img", { name: /Расходы по месяцам/ })).toBeVisible();
});
