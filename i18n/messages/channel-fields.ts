import { defineMessages } from "../define-messages";

/**
 * What the admin types to connect a messenger inbox, per channel and field (server/domain/channels/channel-fields.ts
 * lists the fields), and who points the messenger at the webhook address.
 */
export const channelFieldsMessages = defineMessages(
  {
    TELEGRAM: {
      token: { label: "Токен бота", hint: "Выдаёт @BotFather: цифры, двоеточие и буквы." },
      webhookSecret: { label: "Секрет вебхука", hint: "Создаётся автоматически." },
    },
    VK: {
      groupId: { label: "ID сообщества", hint: "Число из «Управление → Работа с API → Callback API»." },
      token: { label: "Ключ доступа сообщества", hint: "С правом «Сообщения сообщества»." },
      confirmation: { label: "Строка для подтверждения", hint: "Её VK показывает рядом с адресом сервера." },
      webhookSecret: {
        label: "Секретный ключ",
        hint: "Латинские буквы и цифры; тот же, что в настройках Callback API.",
      },
    },
    VIBER: {
      token: { label: "Токен бота", hint: "«Настройки → Боты → Изменить → Ключ приложения»." },
      senderName: { label: "Имя отправителя", hint: "Так подписаны сообщения бота, до 28 символов." },
    },
    FACEBOOK: {
      pageId: { label: "ID страницы", hint: "Число из раздела «Информация» страницы." },
      token: { label: "Маркер доступа страницы", hint: "Из настроек Messenger в панели приложения." },
      webhookSecret: { label: "Секрет приложения", hint: "«Настройки → Основное» в панели приложения." },
      verifyToken: {
        label: "Маркер подтверждения",
        hint: "Любая строка от 8 символов; её же укажите в панели приложения.",
      },
    },
    webhookSetup: {
      automatic: "Адрес вебхука мессенджер получит сам при подключении.",
      manual: "Вставьте этот адрес в настройки мессенджера: {url}",
    },
  },
  {
    TELEGRAM: {
      token: { label: "Bot token", hint: "Given by @BotFather: digits, a colon and letters." },
      webhookSecret: { label: "Webhook secret", hint: "Made automatically." },
    },
    VK: {
      groupId: { label: "Community ID", hint: "The number in Manage → API usage → Callback API." },
      token: { label: "Community access key", hint: "With the “Community messages” right." },
      confirmation: { label: "Confirmation string", hint: "VK shows it next to the server address." },
      webhookSecret: {
        label: "Secret key",
        hint: "Latin letters and digits; the same as in the Callback API settings.",
      },
    },
    VIBER: {
      token: { label: "Bot token", hint: "Settings → Bots → Edit → App key." },
      senderName: { label: "Sender name", hint: "The bot's messages are signed with it, up to 28 characters." },
    },
    FACEBOOK: {
      pageId: { label: "Page ID", hint: "The number in the page's About section." },
      token: { label: "Page access token", hint: "From the Messenger settings in the app dashboard." },
      webhookSecret: { label: "App secret", hint: "Settings → Basic in the app dashboard." },
      verifyToken: {
        label: "Verify token",
        hint: "Any string of 8 characters or more; enter the same in the app dashboard.",
      },
    },
    webhookSetup: {
      automatic: "The messenger is given the webhook address when the inbox is connected.",
      manual: "Paste this address into the messenger's settings: {url}",
    },
  },
);
