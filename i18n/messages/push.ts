import { defineMessages } from "../define-messages";

/** Web Push: the notifications a subscriber gets while away from the chat, and the opt-in in the widget. */
export const pushMessages = defineMessages(
  {
    replyTitle: "Ответ в чате поддержки",
    closedTitle: "Чат завершён",
    closedBody: "Оцените, пожалуйста, как мы помогли",
    optIn: "Сообщить об ответе, если я уйду со страницы",
    optedIn: "Пришлём уведомление, когда оператор ответит",
    optOut: "Не присылать уведомления",
    blocked: "Уведомления запрещены в настройках браузера",
    failed: "Не получилось включить уведомления",
  },
  {
    replyTitle: "Reply in the support chat",
    closedTitle: "The chat has ended",
    closedBody: "Please rate how we helped",
    optIn: "Notify me of a reply if I leave the page",
    optedIn: "We will notify you when the operator replies",
    optOut: "Stop notifications",
    blocked: "Notifications are blocked in the browser settings",
    failed: "Could not turn notifications on",
  },
);
