import { expect, test } from "@playwright/test";
import { OPTIONS } from "../prisma/seed/options";
import { formatMoney } from "../i18n/format";
import { demo, signIn, subscriberAsksForOperator } from "./support";

// An ordinary active subscriber that no other spec uses.
const subscriber = "+79000000010";
const europe = OPTIONS.find((o) => o.code === "roaming-europe")!;

test("an operator sees articles for the subscriber's question, finds an option's price beside the chat and inserts it into the reply", async ({
  page,
  browser,
}) => {
  test.setTimeout(300_000);
  const operatorContext = await browser.newContext({ locale: "ru-RU" });
  const operator = await operatorContext.newPage();
  await signIn(operator, demo.operator.email, demo.operator.password);
  await expect(operator).toHaveURL(/\/admin/);
  await operator.goto("/admin/workspace");
  await expect(operator.getByTestId("presence-select")).toHaveValue("ONLINE");

  const { log, composer } = await subscriberAsksForOperator(page, subscriber);
  await expect(log.getByText(/К чату подключился оператор/)).toBeVisible();
  await composer.fill("Сколько стоит роуминг в Европе?");
  await composer.press("Enter");

  // Suggested from the last message without typing anything.
  const panel = operator.getByTestId("knowledge-panel");
  await expect(panel.getByText("По последнему сообщению: «Сколько стоит роуминг в Европе?»")).toBeVisible();
  await expect(panel.getByTestId("knowledge-article").first()).toContainText(/роуминг/i);

  // The catalogue with the real price, then one click into the reply.
  await panel.getByLabel("Поиск по статьям, тарифам и опциям").fill("роуминга европа");
  const option = panel.getByTestId("knowledge-option").filter({ hasText: europe.name });
  const price = formatMoney(europe.monthlyFee, "ru");
  await expect(option).toContainText(`${price} в месяц`);
  await option.getByRole("button", { name: "Вставить в ответ" }).click();
  const reply = operator.getByTestId("workspace-chat").getByLabel("Ответ абоненту");
  await expect(reply).toHaveValue(new RegExp(`Опция «${europe.name}»: ${price} в месяц`));
  await reply.press("Enter");
  await expect(log.locator('[data-author="OPERATOR"]').filter({ hasText: `${price} в месяц` })).toHaveCount(1);

  await operator.getByTestId("workspace-chat").getByRole("button", { name: "Завершить чат" }).click();
  await operator.getByTestId("presence-select").selectOption("OFFLINE");
  await expect(operator.getByTestId("my-load")).toHaveText("Активных чатов: 0 из 4");
  await operatorContext.close();
});
