import { defineMessages } from "../define-messages";

/** Notices to subscribers: their text (portal, SMS, e-mail) and the notification centre at /account/notifications. */
export const noticesMessages = defineMessages(
  {
    textLOW_BALANCE:
      "На счёте {balance} — при ваших расходах этого хватит примерно на {days, plural, one {# день} few {# дня} many {# дней} other {# дня}}. Пополните баланс, чтобы связь не прервалась.",
    textDEBT_BLOCK: "Номер заблокирован за долг: на счёте {balance}. Пополните баланс или возьмите обещанный платёж.",
    textPROMISED_PAYMENT_DUE:
      "Срок обещанного платежа заканчивается {date}. Пополните баланс хотя бы на {amount}, иначе сумма спишется со счёта.",
    textAUTOPAY_MADE: "Автоплатёж: баланс опустился ниже порога, и мы пополнили его на {amount} с привязанной карты.",
    textAUTOPAY_MADE_MONTHLY:
      "Автоплатёж: перед ежемесячным списанием мы пополнили баланс на {amount} с привязанной карты.",
    textAUTOPAY_DECLINED:
      "Автоплатёж на {amount} не прошёл: банк отклонил {attempts, plural, one {# попытку} few {# попытки} many {# попыток} other {# попытки}}. Проверьте карту или пополните баланс сами.",
    textPACKAGE_USAGE:
      "{full, select, yes {{resource, select, minutes {Минуты из пакета на этот месяц закончились} sms {SMS из пакета на этот месяц закончились} other {Интернет из пакета на этот месяц закончился}}: дальше — по цене сверх пакета.} other {{resource, select, minutes {Из пакета минут} sms {Из пакета SMS} other {Из пакета интернета}} израсходовано {percent}%: осталось {left} до конца месяца.}}",
    textCHANGE_CONFIRMED:
      "{change, select, TARIFF_CHANGE {Вы перешли на тариф «{name}».} OPTION_CONNECT {Опция «{name}» подключена.} other {Опция «{name}» отключена.}}",
    charged: "Списано {amount}.",
    emailSubject: "Уведомление о вашем номере",
    title: "Уведомления",
    listTitle: "Последние уведомления",
    unreadCount:
      "{count, plural, =0 {Непрочитанных нет} one {# непрочитанное} few {# непрочитанных} many {# непрочитанных} other {# непрочитанного}}",
    unreadMark: "Новое",
    empty: "Уведомлений пока нет.",
    markRead: "Отметить все прочитанными",
    settingsTitle: "Какие уведомления присылать",
    settingsLead: "В личном кабинете видны все включённые уведомления; здесь — по каким каналам их ещё присылать.",
    kindLOW_BALANCE: "Мало денег на счёте",
    kindDEBT_BLOCK: "Блокировка за долг",
    kindPROMISED_PAYMENT_DUE: "Срок обещанного платежа",
    kindAUTOPAY_MADE: "Автоплатёж прошёл",
    kindAUTOPAY_DECLINED: "Автоплатёж отклонён",
    kindPACKAGE_USAGE: "Расход пакета минут, интернета и SMS",
    kindCHANGE_CONFIRMED: "Смена тарифа и опций",
    enabled: "Получать",
    sms: "SMS",
    email: "E-mail",
    quietHours: "SMS ночью, с 22:00 до 9:00 по московскому времени, не приходят: они ждут утра.",
    save: "Сохранить",
    saving: "Сохраняем…",
    saved: "Настройки сохранены.",
  },
  {
    textLOW_BALANCE:
      "Your balance is {balance}: at your spending it lasts about {days, plural, one {# day} other {# days}}. Top up to keep your service working.",
    textDEBT_BLOCK: "Your number is blocked for debt: the balance is {balance}. Top up or take a promised payment.",
    textPROMISED_PAYMENT_DUE:
      "Your promised payment ends on {date}. Top up at least {amount}, or the amount will be written off the account.",
    textAUTOPAY_MADE:
      "Autopay: your balance fell below the threshold, and we topped it up by {amount} from your saved card.",
    textAUTOPAY_MADE_MONTHLY:
      "Autopay: ahead of the monthly charge, we topped up your balance by {amount} from your saved card.",
    textAUTOPAY_DECLINED:
      "Autopay of {amount} did not go through: the bank declined {attempts, plural, one {# attempt} other {# attempts}}. Check your card or top up yourself.",
    textPACKAGE_USAGE:
      "{full, select, yes {You have used all of this month's {resource, select, minutes {minutes} sms {SMS} other {data}}: further use is charged beyond the package.} other {You have used {percent}% of this month's {resource, select, minutes {minutes} sms {SMS} other {data}}: {left} left until the end of the month.}}",
    textCHANGE_CONFIRMED:
      "{change, select, TARIFF_CHANGE {You are now on the “{name}” tariff.} OPTION_CONNECT {The “{name}” option is connected.} other {The “{name}” option is disconnected.}}",
    charged: "Charged {amount}.",
    emailSubject: "A notice about your number",
    title: "Notifications",
    listTitle: "Latest notifications",
    unreadCount: "{count, plural, =0 {None unread} one {# unread} other {# unread}}",
    unreadMark: "New",
    empty: "No notifications yet.",
    markRead: "Mark all as read",
    settingsTitle: "Which notifications to send",
    settingsLead: "Every notification you keep on shows here; choose how else to send it.",
    kindLOW_BALANCE: "Low balance",
    kindDEBT_BLOCK: "Blocked for debt",
    kindPROMISED_PAYMENT_DUE: "Promised payment ending",
    kindAUTOPAY_MADE: "Autopay made",
    kindAUTOPAY_DECLINED: "Autopay declined",
    kindPACKAGE_USAGE: "Package minutes, data and SMS used",
    kindCHANGE_CONFIRMED: "Tariff and option changes",
    enabled: "Receive",
    sms: "SMS",
    email: "E-mail",
    quietHours: "No SMS at night, from 22:00 to 9:00 Moscow time: they wait until morning.",
    save: "Save",
    saving: "Saving…",
    saved: "Settings saved.",
  },
);
