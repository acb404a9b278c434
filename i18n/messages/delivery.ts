import { defineMessages } from "../define-messages";

/** How a reply to a messenger fared, and why not: the workspace and the channels page read it. */
export const deliveryMessages = defineMessages(
  {
    state: {
      sending: "Отправляется в мессенджер",
      retrying: "Повторная отправка",
      delivered: "Доставлено в мессенджер",
      failed: "Не доставлено",
    },
    reason: {
      BLOCKED: "Пользователь заблокировал бота.",
      CONTACT_UNREACHABLE: "Пользователь заблокировал бота раньше, сообщение не отправлялось.",
      RATE_LIMITED: "Мессенджер просит подождать, отправим позже.",
      TOKEN_REJECTED: "Мессенджер не принял токен бота.",
      REFUSED: "Мессенджер отклонил сообщение.",
      UNAVAILABLE: "Мессенджер недоступен.",
      INBOX_DISABLED: "Канал отключён администратором.",
      CHANNEL_NOT_SUPPORTED: "Этот мессенджер пока не поддерживается.",
      NO_SECRETS_KEY: "Мессенджеры не настроены на сервере.",
      EXPIRED: "Истёк срок отправки.",
      OTHER: "Неизвестная ошибка.",
    },
    unreachable: "Пользователь заблокировал бота в мессенджере: ответы не доставляются, пока он не напишет снова.",
  },
  {
    state: {
      sending: "Sending to the messenger",
      retrying: "Retrying",
      delivered: "Delivered to the messenger",
      failed: "Not delivered",
    },
    reason: {
      BLOCKED: "The person blocked the bot.",
      CONTACT_UNREACHABLE: "The person had blocked the bot; the message was not sent.",
      RATE_LIMITED: "The messenger asks us to wait; it will be sent later.",
      TOKEN_REJECTED: "The messenger did not accept the bot token.",
      REFUSED: "The messenger refused the message.",
      UNAVAILABLE: "The messenger is unreachable.",
      INBOX_DISABLED: "An administrator disabled the channel.",
      CHANNEL_NOT_SUPPORTED: "This messenger is not supported yet.",
      NO_SECRETS_KEY: "Messengers are not set up on the server.",
      EXPIRED: "It was too late to send.",
      OTHER: "Unknown error.",
    },
    unreachable: "The person blocked the bot in the messenger: replies are not delivered until they write again.",
  },
);
