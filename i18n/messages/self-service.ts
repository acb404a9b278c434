import { defineMessages } from "../define-messages";

// Where a subscriber was and what they tried, in words for people: page keys (components/chat/page-key.ts)
// and self-service action codes ("tariff.change" is the path actions.tariff.change).
export const selfServiceMessages = defineMessages(
  {
    pages: {
      account: "Обзор",
      payments: "Платежи",
      tariffs: "Тарифы",
      options: "Опции",
      security: "Безопасность",
      help: "Справка",
      home: "Главная",
      other: "Другая страница",
    },
    actions: {
      tariff: { change: "Смена тарифа" },
      option: { connect: "Подключение опции", disconnect: "Отключение опции" },
      payment: { top_up: "Пополнение баланса" },
      password: { change: "Смена пароля" },
      other: "Действие в личном кабинете",
    },
  },
  {
    pages: {
      account: "Overview",
      payments: "Payments",
      tariffs: "Tariffs",
      options: "Options",
      security: "Security",
      help: "Help",
      home: "Home",
      other: "Another page",
    },
    actions: {
      tariff: { change: "Tariff change" },
      option: { connect: "Connecting an option", disconnect: "Disconnecting an option" },
      payment: { top_up: "Balance top-up" },
      password: { change: "Password change" },
      other: "An action in the account",
    },
  },
);
