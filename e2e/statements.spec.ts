import { expect, test } from "@playwright/test";
import { extractText, getDocumentProxy } from "unpdf";
import { demo, signIn } from "./support";

// Subscriber 6 is an ordinary demo subscriber that no other spec touches.
const subscriber = { phone: "+79000000006", accountNumber: "100000006" };

async function textOf(file: string): Promise<string> {
  const fs = await import("node:fs/promises");
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(await fs.readFile(file))), {
    mergePages: true,
  });
  return text.replace(/\s+/g, " ");
}

test("a top-up's receipt downloads as a PDF with the amount and the account number; the month's statement as PDF and CSV @phone", async ({
  page,
}) => {
  await signIn(page, subscriber.phone, demo.subscriberPassword);
  await expect(page).toHaveURL(/\/account$/);
  await page.goto("/account/payments");
  await page.getByLabel("Сумма, ₽").fill("777,70");
  await page.getByRole("button", { name: "Пополнить", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: "Баланс пополнен на 777,70 ₽" })).toBeVisible();

  await page.reload();
  const receiptLink = page.getByTestId("ledger").getByRole("link", { name: /^Чек о пополнении на \+?777,70 ₽/ });
  const [receipt] = await Promise.all([page.waitForEvent("download"), receiptLink.first().click()]);
  expect(receipt.suggestedFilename()).toMatch(/^receipt-.+\.pdf$/);
  const receiptText = await textOf(await receipt.path());
  expect(receiptText).toMatch(/Сумма 777,70\s₽/);
  expect(receiptText).toContain(`Лицевой счёт: ${subscriber.accountNumber}`);

  const statements = page.getByRole("form", { name: "Чеки и выписки" });
  const months = statements.getByLabel("Месяц выписки");
  const current = await months.locator("option").first().getAttribute("value");
  await months.selectOption(current!);
  const [pdf] = await Promise.all([
    page.waitForEvent("download"),
    statements.getByRole("button", { name: "Скачать PDF" }).click(),
  ]);
  expect(pdf.suggestedFilename()).toBe(`statement-${subscriber.accountNumber}-${current}.pdf`);
  expect(await textOf(await pdf.path())).toMatch(/Пополнение 777,70\s₽|Пополнение баланса банковской картой 777,70/);

  const [csv] = await Promise.all([
    page.waitForEvent("download"),
    statements.getByRole("button", { name: "Скачать CSV" }).click(),
  ]);
  const fs = await import("node:fs/promises");
  expect(await fs.readFile(await csv.path(), "utf8")).toContain("Пополнение баланса банковской картой;777,7\r\n");

  // Someone else's receipt: not found, and nothing about it.
  const foreign = await page.request.get("/account/payments/receipt/not-a-payment-of-mine");
  expect(foreign.status()).toBe(404);
});
