import { defineMessages } from "../define-messages";

export const accountNavMessages = defineMessages(
  {
    label: "Разделы личного кабинета",
    overview: "Обзор",
    payments: "Платежи",
    tariffs: "Тарифы",
    options: "Опции",
    security: "Безопасность",
    notifications: "Уведомления",
    unread:
      "{count, plural, one {# непрочитанное} few {# непрочитанных} many {# непрочитанных} other {# непрочитанного}}",
  },
  {
    label: "Account sections",
    overview: "Overview",
    payments: "Payments",
    tariffs: "Tariffs",
    options: "Options",
    security: "Security",
    notifications: "Notifications",
    unread: "{count} unread",
  },
);
