import { defineMessages } from "../define-messages";

/** The demo messenger simulator (/dev/messenger): a Telegram-like chat with the demo bot. */
export const devMessengerMessages = defineMessages(
  {
    title: "Симулятор Телеграма",
    intro:
      "Напишите в поддержку так, как написал бы абонент из Телеграма. Сообщения уходят на настоящий вебхук портала с секретом, как от Телеграма, а ответы бота и оператора приходят сюда из демонстрационного Bot API.",
    pickContact: "Кем написать",
    botName: "Демо-бот поддержки",
    botLabel: "бот",
    back: "К выбору собеседника",
    empty: "Нажмите «Начать» или напишите вопрос — например, «как подключить роуминг».",
    start: "Начать",
    placeholder: "Сообщение",
    send: "Отправить",
    attach: "Отправить фото",
    photo: "Фото",
    photoTooLarge: "Фото больше 5 МБ.",
    notDelivered: "Портал не принял сообщение. Попробуйте ещё раз.",
    failed: "Симулятор не ответил. Попробуйте ещё раз.",
    you: "Вы",
  },
  {
    title: "Telegram simulator",
    intro:
      "Write to support as a subscriber would from Telegram. Messages go to the portal's real webhook with its secret, as from Telegram, and the bot's and the operator's replies arrive here from the demo Bot API.",
    pickContact: "Write as",
    botName: "Demo support bot",
    botLabel: "bot",
    back: "Back to the contacts",
    empty: "Press “Start” or ask something, for example “how do I turn on roaming”.",
    start: "Start",
    placeholder: "Message",
    send: "Send",
    attach: "Send a photo",
    photo: "Photo",
    photoTooLarge: "The photo is over 5 MB.",
    notDelivered: "The portal did not take the message. Try again.",
    failed: "The simulator did not answer. Try again.",
    you: "You",
  },
);
