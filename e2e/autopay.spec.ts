import { expect, test } from "@playwright/test";
import { seriousViolations } from "./axe";
import { demo, expectNoHorizontalScroll, formatted, kopecks, signIn } from "./support";

// One demo subscriber per project (no other spec signs in as them): the desktop run leaves its card saved,
// and the phone run on the same database starts from a subscriber without one.
const subscribers = { desktop: "+79000000044", phone: "+79000000046" };

test("autopay tops up once when the balance is below its threshold, says so, and switches off @phone", async ({
  page,
}, testInfo) => {
  test.setTimeout(120_000); // waits for the job's passes
  await signIn(
    page,
    testInfo.project.name === "phone" ? subscribers.phone : subscribers.desktop,
    demo.subscriberPassword,
  );
  await expect(page).toHaveURL(/\/account$/);
  await page.goto("/account/payments#autopay");
  const card = page.getByTestId("autopay");
  await expect(card).toContainText("Карта не привязана.");

  // Rules that make no sense are explained before anything is sent; a card comes first.
  await card.getByRole("button", { name: "Привязать карту" }).click();
  await expect(card.getByTestId("autopay-card")).toHaveText("Карта •• 4242");
  await expect(card.getByTestId("autopay-status")).toHaveText("Автоплатёж выключен.");
  const balance = kopecks(await page.getByTestId("payments-balance").textContent());
  // A threshold above today's balance (in whole rubles), so the next pass of the job has to top up.
  const threshold = Math.max(0, Math.ceil(balance / 100) * 100) + 10_000;
  const topUp = threshold + 20_000;
  await card.getByLabel("Порог, ₽").fill(String(threshold / 100));
  await card.getByLabel("Пополнять на, ₽").fill(String(threshold / 100 - 1));
  await card.getByRole("button", { name: "Включить автоплатёж" }).click();
  await expect(card.getByRole("alert")).toContainText("не меньше порога");
  await card.getByLabel("Пополнять на, ₽").fill(String(topUp / 100));
  await card.getByRole("button", { name: "Включить автоплатёж" }).click();
  await expect(card.getByRole("status")).toHaveText("Правила сохранены, автоплатёж включён.");
  await expect(card.getByTestId("autopay-status")).toHaveText("Автоплатёж включён.");
  await expectNoHorizontalScroll(page);
  expect(await seriousViolations(page, "/account/payments: autopay on")).toEqual([]);

  // The autopay job runs every few seconds in this run. (The demo history has autopays of its own, of other amounts.)
  const rows = page
    .getByTestId("ledger")
    .locator("tbody tr")
    .filter({ hasText: "Автоплатёж с банковской карты" })
    .filter({ hasText: `+${formatted(topUp)}` });
  await expect(async () => {
    await page.reload();
    await expect(rows).toHaveCount(1);
  }).toPass({ timeout: 40_000 });
  await expect(page.getByTestId("payments-balance")).toHaveText(formatted(balance + topUp));
  await expect(card.getByTestId("autopay-last-run")).toContainText(`Последний автоплатёж: ${formatted(topUp)}`);

  // Later passes charge nothing more: the balance is above the threshold now.
  await page.waitForTimeout(6_000);
  await page.reload();
  await expect(rows).toHaveCount(1);

  await page.goto("/account/notifications");
  const notices = page.getByTestId("notices").locator("li").filter({ hasText: "Автоплатёж прошёл" });
  await expect(notices).toHaveCount(1);
  await expect(notices).toContainText(`пополнили его на ${formatted(topUp)}`);

  await page.goto("/account/payments#autopay");
  await card.getByRole("button", { name: "Отключить автоплатёж" }).click();
  await expect(card.getByRole("status")).toHaveText("Автоплатёж отключён. Больше ничего не спишется.");
  await expect(card.getByTestId("autopay-status")).toHaveText("Автоплатёж выключен.");
  await expectNoHorizontalScroll(page);
});
