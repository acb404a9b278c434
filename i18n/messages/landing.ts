import { defineMessages } from "../define-messages";

export const landingMessages = defineMessages(
  {
    title: "Управляйте связью сами — в любое время",
    lead: "Баланс, тарифы, опции и пополнение — в личном кабинете. Если что-то не получится, поможем в чате.",
    cta: "Войти в личный кабинет",
    featuresTitle: "Что можно сделать самостоятельно",
    features: {
      balance: "Следить за балансом и расходами",
      tariff: "Сменить тариф и подключить опции",
      topUp: "Пополнить счёт",
      recover: "Восстановить пароль",
    },
    offersTitle: "Предложения",
    noOffers: "Сейчас нет специальных предложений.",
  },
  {
    title: "Manage your plan yourself, any time",
    lead: "Balance, tariffs, options and top-ups in your account. If something does not work, we help in chat.",
    cta: "Go to my account",
    featuresTitle: "What you can do on your own",
    features: {
      balance: "Watch your balance and spending",
      tariff: "Change tariff and add options",
      topUp: "Top up your account",
      recover: "Recover your password",
    },
    offersTitle: "Offers",
    noOffers: "No special offers right now.",
  },
);
