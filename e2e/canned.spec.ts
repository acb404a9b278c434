import { expect, test } from "@playwright/test";
import { demo, leaveWorkspaceOffline, signIn, subscriberAsksForOperator } from "./support";

// An ordinary subscriber no other spec chats as.
const subscriber = { phone: "+79000000021", accountNumber: "100000021" };

test("a quick reply with placeholders, inserted by its shortcut, carries the subscriber's real first name and balance", async ({
  page,
  browser,
}) => {
  test.setTimeout(240_000);
  // The operator adds a reply of their own on /admin/canned.
  const operatorContext = await browser.newContext({ locale: "ru-RU" });
  const operator = await operatorContext.newPage();
  await signIn(operator, demo.operator.email, demo.operator.password);
  await expect(operator).toHaveURL(/\/admin/);
  await operator.goto("/admin/canned");
  await operator.getByRole("button", { name: "Новый ответ" }).click();
  const form = operator.getByRole("form", { name: "Новый ответ" });
  await form.getByLabel("Название").fill("Проверка баланса");
  await form.getByLabel("Сокращение").fill("/мой-баланс");
  await form.getByLabel("Текст по-русски").fill("{имя}, ваш баланс {баланс}. <b>Спасибо</b>, что ждёте!");
  await form.getByRole("button", { name: "Добавить" }).click();
  const mine = operator.getByRole("region", { name: "Мои" });
  await expect(mine.getByText("/мой-баланс")).toBeVisible();
  // Shared replies are read-only for an operator.
  await expect(operator.getByText("Общие ответы меняют редакторы контента.")).toBeVisible();
  await operator.goto("/admin/workspace");

  // The subscriber reads their own name on the account page, then asks for an operator.
  // (it signs in and lands on /account, whose heading greets the subscriber by name).
  const { log } = await subscriberAsksForOperator(page, subscriber.phone);
  const greeting = await page.getByRole("heading", { level: 1 }).innerText();
  const firstName = /Здравствуйте, \S+ (\S+)/.exec(greeting)?.[1];
  expect(firstName).toBeTruthy();
  await expect(log.getByText(/К чату подключился оператор/)).toBeVisible();

  const chat = operator.getByTestId("workspace-chat");
  const reply = chat.getByLabel("Ответ абоненту");
  await reply.fill("/мой");
  const offered = chat.getByTestId("canned-list").getByRole("button");
  await expect(offered).toHaveCount(1);
  await offered.click();
  await expect(reply).toHaveValue(
    new RegExp(`^${firstName}, ваш баланс -?[\\d\\s ]+(,\\d\\d)?\\s₽\\. <b>Спасибо</b>, что ждёте!$`),
  );
  await reply.press("Enter");
  // The subscriber gets the name and the markup as text, never run.
  await expect(log.getByText(`${firstName}, ваш баланс`)).toBeVisible();
  await expect(log.getByText("<b>Спасибо</b>", { exact: false })).toBeVisible();

  // Later specs expect the operator to hold no chat.
  await chat.getByRole("button", { name: "Завершить чат" }).click();
  await expect(chat).toHaveAttribute("data-state", "CLOSED");
  await leaveWorkspaceOffline(operator);
  await operatorContext.close();
});
