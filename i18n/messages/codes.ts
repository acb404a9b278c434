import { defineMessages } from "../define-messages";

// The words for the codes the portal records (page keys, self-service actions), as staff read them in the
// workspace and the queue; error codes are said by the `errors` messages, the same ones subscribers read.
// The keys are the codes (an action's dot nests it), so server/domain/self-service/code-phrases.test.ts
// fails when a code has no words here.
export const codesMessages = defineMessages(
  {
    pages: {
      home: "Главная",
      account: "Обзор счёта",
      tariffs: "Тарифы",
      options: "Опции",
      payments: "Платежи",
      security: "Безопасность",
      help: "Помощь",
      login: "Вход",
      recover: "Восстановление пароля",
      other: "Другая страница",
    },
    actions: {
      tariff: { change: "Смена тарифа" },
      option: { connect: "Подключение опции", disconnect: "Отключение опции" },
      payment: { top_up: "Пополнение баланса" },
      password: { change: "Смена пароля" },
    },
    unknownAction: "Действие в личном кабинете",
  },
  {
    pages: {
      home: "Home page",
      account: "Account overview",
      tariffs: "Tariffs",
      options: "Options",
      payments: "Payments",
      security: "Security",
      help: "Help centre",
      login: "Sign-in",
      recover: "Password recovery",
      other: "Another page",
    },
    actions: {
      tariff: { change: "Tariff change" },
      option: { connect: "Option connection", disconnect: "Option disconnection" },
      payment: { top_up: "Balance top-up" },
      password: { change: "Password change" },
    },
    unknownAction: "An action in the account",
  },
);
