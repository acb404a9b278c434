import { defineMessages } from "../define-messages";

export const accountNavMessages = defineMessages(
  {
    label: "Разделы личного кабинета",
    overview: "Обзор",
    payments: "Платежи",
    tariffs: "Тарифы",
    options: "Опции",
    security: "Безопасность",
  },
  {
    label: "Account sections",
    overview: "Overview",
    payments: "Payments",
    tariffs: "Tariffs",
    options: "Options",
    security: "Security",
  },
);
