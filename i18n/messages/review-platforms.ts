import { defineMessages } from "../define-messages";

export const reviewPlatformsMessages = defineMessages(
  {
    title: "Площадки для отзывов",
    lead: "Довольным абонентам (NPS 9–10 или оценка 5 с решённым вопросом) предлагаем оставить отзыв на этих площадках. Приглашение не зависит от того, что человек напишет.",
    name: "Название",
    url: "Адрес страницы отзывов",
    add: "Добавить",
    remove: "Удалить {name}",
    empty: "Площадок пока нет: приглашение оставить отзыв не показывается.",
    badName: "Название — от 2 до 60 символов.",
    badUrl: "Введите адрес, начинающийся с http:// или https://.",
  },
  {
    title: "Review platforms",
    lead: "Happy subscribers (NPS 9–10, or a 5 with the question resolved) are invited to leave a review on these platforms. The invitation never depends on what they will write.",
    name: "Name",
    url: "Review page address",
    add: "Add",
    remove: "Remove {name}",
    empty: "No platforms yet: no review invitation is shown.",
    badName: "The name is 2 to 60 characters.",
    badUrl: "Enter an address starting with http:// or https://.",
  },
);
