import { expect, test } from "@playwright/test";
import { demo, signIn, subscriberAsksForOperator } from "./support";

// Two instances of the app (see playwright.scale-out.config.ts): each browser talks to one of them only.
const instanceA = `http://localhost:${process.env.SCALE_OUT_PORT_A ?? 3201}`;
const instanceB = `http://localhost:${process.env.SCALE_OUT_PORT_B ?? 3202}`;

test("a chat spans two instances: the subscriber on one, the operator on the other", async ({ browser }) => {
  const operatorContext = await browser.newContext({ baseURL: instanceB, locale: "ru-RU" });
  const operator = await operatorContext.newPage();
  await signIn(operator, demo.operator.email, demo.operator.password);
  await expect(operator).toHaveURL(/\/admin/);
  await operator.goto("/admin/workspace");
  await expect(operator.getByTestId("presence-select")).toHaveValue("ONLINE");

  const subscriberContext = await browser.newContext({ baseURL: instanceA, locale: "ru-RU" });
  const page = await subscriberContext.newPage();
  const { log, composer } = await subscriberAsksForOperator(page, "+79000000011");
  // Instance A assigns the chat to the operator whose heartbeat reached instance B: the state is in the database.
  await expect(log.getByText("К чату подключился оператор Ольга.")).toBeVisible();

  const chat = operator.getByTestId("workspace-chat");
  await expect(chat.locator('[data-author="SUBSCRIBER"]').filter({ hasText: "позовите оператора" })).toHaveCount(1);
  const reply = chat.getByLabel("Ответ абоненту");
  await reply.fill("Здравствуйте! Отвечаю с другого экземпляра.");
  await reply.press("Enter");
  // Published by instance B, delivered to the browser of instance A through the shared realtime service.
  await expect(log.locator('[data-author="OPERATOR"]').filter({ hasText: "Отвечаю с другого экземпляра" })).toHaveCount(
    1,
  );
  await composer.fill("Вижу, спасибо");
  await composer.press("Enter");
  await expect(chat.locator('[data-author="SUBSCRIBER"]').filter({ hasText: "Вижу, спасибо" })).toHaveCount(1);

  await chat.getByRole("button", { name: "Завершить чат" }).click();
  await expect(log.getByText("Оператор завершил чат.")).toBeVisible();
  await operator.getByTestId("presence-select").selectOption("OFFLINE");
  await operatorContext.close();
  await subscriberContext.close();
});

test("sign-in failures on one instance count on the other (limits live in Redis)", async ({ browser }) => {
  const login = "+79000000012";
  const onA = await (await browser.newContext({ baseURL: instanceA, locale: "ru-RU" })).newPage();
  for (let i = 0; i < 5; i++) {
    await signIn(onA, login, `wrong-password-${i}`);
    await expect(onA.locator("form").getByRole("alert")).toHaveText("Неверный логин или пароль.");
  }
  // The right password, on the other instance, is still refused: the account is locked for a while everywhere.
  const onB = await (await browser.newContext({ baseURL: instanceB, locale: "ru-RU" })).newPage();
  await signIn(onB, login, demo.subscriberPassword);
  await expect(onB.locator("form").getByRole("alert")).toContainText("Слишком много попыток");
});

test("a visitor's page rendered by one instance is served by the other (the page cache lives in Redis)", async ({
  playwright,
}) => {
  const [onA, onB] = [
    await playwright.request.newContext({ baseURL: instanceA }),
    await playwright.request.newContext({ baseURL: instanceB }),
  ];
  // A page nobody asked for yet that finds articles (by its first word): a search finding nothing is not kept.
  const search = "/help?q=" + encodeURIComponent(`тариф scaleout${Date.now()}`);
  expect((await onA.get(search)).headers()["x-page-cache"]).toBe("miss");
  const fromB = await onB.get(search);
  expect(fromB.headers()["x-page-cache"]).toBe("hit");
  // Still each response's own nonce: the CSP of B's answer matches the scripts in it.
  const nonce = /'nonce-([^']+)'/.exec(fromB.headers()["content-security-policy"] ?? "")?.[1];
  expect(await fromB.text()).toContain(`nonce="${nonce}"`);
  await Promise.all([onA.dispose(), onB.dispose()]);
});
