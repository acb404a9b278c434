import { defineMessages } from "../define-messages";

/** The admin's messenger channels page (/admin/channels). */
export const channelsMessages = defineMessages(
  {
    title: "Каналы мессенджеров",
    intro:
      "Каждый подключённый бот или сообщество — входящий канал: сообщения из него попадают к тому же боту, в ту же очередь и к тем же операторам, что и чат на сайте.",
    empty: "Пока не подключено ни одного канала.",
    table: {
      channel: "Мессенджер",
      name: "Название",
      status: "Состояние",
      lastWebhook: "Последнее входящее",
      lastError: "Последняя ошибка",
      backlog: "Очередь ответов",
    },
    enabled: "Включён",
    disabled: "Отключён",
    never: "ещё не было",
    noError: "нет",
    token: "Токен {hint}",
    pending:
      "{count, plural, one {# ждёт отправки} few {# ждут отправки} many {# ждут отправки} other {# ждут отправки}}",
    failed:
      "{count, plural, one {# не доставлен за сутки} few {# не доставлены за сутки} many {# не доставлено за сутки} other {# не доставлено за сутки}}",
    test: "Проверить связь",
    testOk: "Связь есть: {name}",
    testFailed: "Связи нет. {reason}",
    disable: "Отключить",
    enable: "Включить",
    confirmDisable:
      "Отключить канал «{name}»? Его вебхук перестанет принимать сообщения, а ответы в этот мессенджер не будут отправляться, пока канал не включат.",
    yesDisable: "Да, отключить",
    cancel: "Отмена",
    connectTitle: "Подключить канал",
    channelField: "Мессенджер",
    nameField: "Название для сотрудников",
    nameHint: "Например, «Бот поддержки». Его видят только сотрудники.",
    howTo: {
      TELEGRAM:
        "Токен бота выдаёт @BotFather после команды /newbot, вида 123456:ABC-DEF… Секрет вебхука мы создадим сами и передадим Телеграму.",
      VK: "В сообществе откройте «Управление → Работа с API»: там ключ доступа, а в разделе Callback API — ID сообщества, строка для подтверждения и секретный ключ. Адрес сервера покажем после подключения.",
      VIBER:
        "Создайте бота на partners.viber.com и скопируйте его ключ. Вебхук мы установим сами, когда канал будет подключён.",
      FACEBOOK:
        "В панели приложения Meta добавьте Messenger, выберите страницу и создайте её маркер доступа. Адрес вебхука покажем после подключения: его и маркер подтверждения укажите в настройках вебхука.",
    },
    invalidField: "Проверьте это поле.",
    connect: "Подключить",
    connected: {
      automatic: "Канал «{name}» подключён, вебхук установлен.",
      manual: "Канал «{name}» подключён, токен принят.",
    },
    connectedWithError:
      "Канал «{name}» сохранён, но подключить его не удалось. {reason} Исправьте токен или проверьте связь позже.",
    nothingToConnect: "На этом сервере нельзя подключить мессенджер: не задан ключ шифрования каналов.",
  },
  {
    title: "Messenger channels",
    intro:
      "Each connected bot or community is an inbox: its messages reach the same bot, queue and operators as the site chat.",
    empty: "No channel is connected yet.",
    table: {
      channel: "Messenger",
      name: "Name",
      status: "Status",
      lastWebhook: "Last incoming",
      lastError: "Last error",
      backlog: "Reply queue",
    },
    enabled: "Enabled",
    disabled: "Disabled",
    never: "none yet",
    noError: "none",
    token: "Token {hint}",
    pending: "{count, plural, one {# waiting to be sent} other {# waiting to be sent}}",
    failed: "{count, plural, one {# not delivered in the last day} other {# not delivered in the last day}}",
    test: "Test the connection",
    testOk: "Connected: {name}",
    testFailed: "No connection. {reason}",
    disable: "Disable",
    enable: "Enable",
    confirmDisable:
      "Disable the “{name}” channel? Its webhook will stop taking messages, and replies to this messenger will not be sent until it is enabled again.",
    yesDisable: "Yes, disable",
    cancel: "Cancel",
    connectTitle: "Connect a channel",
    channelField: "Messenger",
    nameField: "Name for staff",
    nameHint: "For example, “Support bot”. Only staff see it.",
    howTo: {
      TELEGRAM:
        "@BotFather gives the bot token after /newbot, like 123456:ABC-DEF… We create the webhook secret ourselves and hand it to Telegram.",
      VK: "In the community open Manage → API usage: the access key is there, and under Callback API the community ID, the confirmation string and the secret key. We show the server address once the channel is connected.",
      VIBER:
        "Create a bot at partners.viber.com and copy its key. We set the webhook ourselves when the channel is connected.",
      FACEBOOK:
        "In the Meta app dashboard add Messenger, pick the page and generate its access token. We show the webhook address once the channel is connected: enter it and the verify token in the webhook settings.",
    },
    invalidField: "Check this field.",
    connect: "Connect",
    connected: {
      automatic: "The “{name}” channel is connected and its webhook is set.",
      manual: "The “{name}” channel is connected and its token accepted.",
    },
    connectedWithError:
      "The “{name}” channel is saved, but it could not be connected. {reason} Correct the token or test the connection later.",
    nothingToConnect: "No messenger can be connected on this server: the channel encryption key is missing.",
  },
);
