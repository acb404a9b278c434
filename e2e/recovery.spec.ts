import { expect, test, type Page } from "@playwright/test";
import { demo, expectNoHorizontalScroll, signIn } from "./support";

// Each project recovers a different demo subscriber (all start with the demo password), so the
// desktop and phone runs on one database do not disturb each other or the other specs' subscriber 1.
const recovering = {
  desktop: { phone: "+79000000002", typed: "8 (900) 000-00-02" },
  phone: { phone: "+79000000003", typed: "+7 900 000 00 03" },
};
const changing = { account: "100000004", password: demo.subscriberPassword };

/** Reads the newest recovery code sent to the phone from the development outbox (demo mode). */
async function codeFromOutbox(page: Page, phone: string): Promise<string> {
  const outbox = await page.context().newPage();
  await outbox.goto("/dev/outbox");
  await expect(outbox.getByRole("heading", { name: "Исходящие сообщения" })).toBeVisible();
  const body = await outbox
    .getByTestId("outbox-message")
    .filter({ hasText: phone })
    // Notices (the package, a change) may reach the same phone meanwhile: the newest message with a code.
    .filter({ hasText: /\b\d{6}\b/ })
    .first()
    .getByTestId("outbox-body")
    .textContent();
  await outbox.close();
  const code = /\b(\d{6})\b/.exec(body ?? "")?.[1];
  expect(code, `a code in "${body}"`).toBeDefined();
  return code!;
}

test("a subscriber recovers the password with an SMS code read from the development outbox @phone", async ({
  page,
}, testInfo) => {
  const who = testInfo.project.name === "phone" ? recovering.phone : recovering.desktop;
  const newPassword = `recovered-${testInfo.project.name}-42`;

  await page.goto("/login");
  await page.getByRole("link", { name: "Забыли пароль?" }).click();
  await expect(page).toHaveURL(/\/recover$/);
  await expect(page.getByRole("heading", { name: "Восстановление пароля" })).toBeVisible();
  await page.getByLabel("Телефон или номер лицевого счёта").fill(who.typed);
  await expect(page.getByLabel("SMS с кодом на номер телефона")).toBeChecked();
  await page.getByRole("button", { name: "Продолжить" }).click();

  const codeInput = page.getByLabel("Код из SMS");
  await expect(codeInput).toBeFocused();
  await expect(codeInput).toHaveAttribute("autocomplete", "one-time-code");
  await expect(page.getByText(/Код действует 10 мин\./)).toBeVisible();
  await expectNoHorizontalScroll(page);

  const code = await codeFromOutbox(page, who.phone);
  const wrong = code === "000000" ? "111111" : "000000";
  await codeInput.fill(wrong);
  await page.getByLabel("Новый пароль", { exact: true }).fill(newPassword);
  await page.getByLabel("Повторите новый пароль").fill(newPassword);
  await page.getByRole("button", { name: "Сменить пароль" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toHaveText(
    "Код неверный или устарел. Проверьте его или запросите новый.",
  );
  // The refusal is the code's own: under it, and read with it.
  await expect(codeInput).toHaveAttribute("aria-invalid", "true");
  await expect(codeInput).toHaveAccessibleDescription("Код неверный или устарел. Проверьте его или запросите новый.");

  await codeInput.fill(code);
  await codeInput.press("Enter");
  await expect(page.getByRole("heading", { name: "Пароль изменён" })).toBeVisible();
  await page.getByRole("main").getByRole("link", { name: "Войти", exact: true }).click();
  await expect(page).toHaveURL(/\/login/);

  await signIn(page, who.phone, demo.subscriberPassword);
  await expect(page.getByRole("main").getByRole("alert")).toHaveText("Неверный логин или пароль.");
  await signIn(page, who.phone, newPassword);
  await expect(page).toHaveURL(/\/account$/);
  await expectNoHorizontalScroll(page);
});

test("recovery checks the new password in the form and answers unknown numbers the same way", async ({ page }) => {
  await page.goto("/recover");
  await page.getByLabel("Телефон или номер лицевого счёта").fill("abc");
  await page.getByRole("button", { name: "Продолжить" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toHaveText(
    "Введите номер телефона (+7…) или номер лицевого счёта из 9 цифр.",
  );
  await expect(page.getByLabel("Телефон или номер лицевого счёта")).toHaveAccessibleDescription(
    /Введите номер телефона \(\+7…\) или номер лицевого счёта из 9 цифр\.$/,
  );

  await page.getByLabel("Телефон или номер лицевого счёта").fill("+7 999 123 45 67");
  await page.getByRole("button", { name: "Продолжить" }).click();
  await expect(page.getByText(/Если номер зарегистрирован/)).toBeVisible();
  await page.getByLabel("Код из SMS").fill("123456");
  await page.getByLabel("Новый пароль", { exact: true }).fill("short");
  await page.getByLabel("Повторите новый пароль").fill("short");
  await page.getByRole("button", { name: "Сменить пароль" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toHaveText("Пароль должен быть длиной от 8 до 128 символов.");
  await expect(page.getByLabel("Новый пароль", { exact: true })).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Повторите новый пароль")).not.toHaveAttribute("aria-invalid", "true");
  await page.getByLabel("Новый пароль", { exact: true }).fill("long-enough-1");
  await page.getByLabel("Повторите новый пароль").fill("long-enough-2");
  await page.getByRole("button", { name: "Сменить пароль" }).click();
  await expect(page.getByLabel("Повторите новый пароль")).toHaveAccessibleDescription("Пароли не совпадают.");
});

test("a signed-in subscriber changes the password and this tab stays signed in", async ({ page }) => {
  const newPassword = "changed-in-e2e-7";
  await signIn(page, changing.account, changing.password);
  await expect(page).toHaveURL(/\/account$/);
  await page.goto("/account/security");
  await expect(page.getByRole("heading", { name: "Смена пароля" })).toBeVisible();

  await page.getByLabel("Текущий пароль").fill("not-my-password");
  await page.getByLabel("Новый пароль", { exact: true }).fill(newPassword);
  await page.getByLabel("Повторите новый пароль").fill(newPassword);
  await page.getByRole("button", { name: "Сменить пароль" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toHaveText("Текущий пароль указан неверно.");
  await expect(page.getByLabel("Текущий пароль")).toHaveAccessibleDescription("Текущий пароль указан неверно.");

  await page.getByLabel("Текущий пароль").fill(changing.password);
  await page.getByRole("button", { name: "Сменить пароль" }).click();
  await expect(page.getByText("Пароль изменён. Другие сеансы завершены.")).toBeVisible();
  await page.reload();
  await expect(page).toHaveURL(/\/account\/security$/);

  await page.getByRole("button", { name: "Выйти" }).click();
  await expect(page).toHaveURL(/\/$/);
  await signIn(page, changing.account, newPassword);
  await expect(page).toHaveURL(/\/account$/);
});
