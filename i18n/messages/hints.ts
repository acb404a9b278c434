import { defineMessages } from "../define-messages";

export const hintsMessages = defineMessages(
  {
    title: "Подсказки",
    readArticle: "Подробнее: {title}",
    helpful: "Помогло",
    notHelpful: "Не помогло",
    thanks: "Спасибо за отзыв!",
    lastFailure: "Не получилось: {error}",
    askInChat: "Спросить в чате",
    askingInChat: "Передаём…",
    chatRequested: "Мы записали, что произошло, — в чате не придётся объяснять заново.",
  },
  {
    title: "Hints",
    readArticle: "Read more: {title}",
    helpful: "Helped",
    notHelpful: "Did not help",
    thanks: "Thanks for the feedback!",
    lastFailure: "It did not work: {error}",
    askInChat: "Ask in chat",
    askingInChat: "Sending…",
    chatRequested: "We noted what happened, so you will not have to explain it again in chat.",
  },
);
