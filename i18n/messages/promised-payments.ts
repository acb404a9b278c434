import { defineMessages } from "../define-messages";

/** The promised payment (обещанный платёж) card on /account/payments and its link on /account. */
export const promisedPaymentsMessages = defineMessages(
  {
    title: "Обещанный платёж",
    link: "Обещанный платёж",
    lead: "Деньги на связь сразу, если баланс на нуле или номер заблокирован. Вернутся из следующего пополнения.",
    terms:
      "Комиссия {fee}. Срок — {days, plural, one {# день} few {# дня} many {# дней} other {# дня}}. Если не пополнить баланс до конца срока, сумма спишется со счёта.",
    amountLabel: "Сумма, ₽",
    amountHint: "От {min} до {max}.",
    quickAmounts: "Быстрый выбор суммы",
    submit: "Взять {amount}",
    taking: "Оформляем…",
    amountEMPTY: "Введите сумму.",
    amountNOT_A_NUMBER: "Введите сумму цифрами, например 300.",
    amountTOO_PRECISE: "После запятой — не больше двух цифр (копейки).",
    amountOUT_OF_RANGE: "Сумма — от {min} до {max}.",
    activeTitle: "Обещанный платёж {amount} до {date}",
    activeRepaid: "Погашено {repaid} из {amount}.",
    activeHow: "Он вернётся из следующего пополнения. Новый можно взять после погашения.",
    overdue:
      "Срок обещанного платежа {amount} истёк {date}, сумма списана со счёта. Пополните баланс, чтобы погасить долг — тогда можно будет взять новый.",
    refusedBALANCE_NOT_LOW:
      "Сейчас денег на счёте достаточно. Обещанный платёж доступен при низком или отрицательном балансе.",
    refusedDEBT_TOO_LARGE: "Долг больше, чем можно покрыть обещанным платежом. Пополните баланс.",
  },
  {
    title: "Promised payment",
    link: "Promised payment",
    lead: "Money for your service at once when the balance is empty or the number is blocked. It is repaid from your next top-up.",
    terms:
      "Fee {fee}. Term: {days, plural, one {# day} other {# days}}. If you do not top up before it ends, the amount is written off the account.",
    amountLabel: "Amount, ₽",
    amountHint: "From {min} to {max}.",
    quickAmounts: "Quick amounts",
    submit: "Take {amount}",
    taking: "Processing…",
    amountEMPTY: "Enter an amount.",
    amountNOT_A_NUMBER: "Enter the amount in digits, e.g. 300.",
    amountTOO_PRECISE: "At most two digits after the decimal point (kopecks).",
    amountOUT_OF_RANGE: "The amount is from {min} to {max}.",
    activeTitle: "Promised payment of {amount} until {date}",
    activeRepaid: "Repaid {repaid} of {amount}.",
    activeHow: "It is repaid from your next top-up. You can take a new one once it is repaid.",
    overdue:
      "The promised payment of {amount} ended on {date} and was written off the account. Top up to pay the debt; then you can take a new one.",
    refusedBALANCE_NOT_LOW:
      "You have enough money now. A promised payment is available when the balance is low or negative.",
    refusedDEBT_TOO_LARGE: "The debt is larger than a promised payment can cover. Please top up.",
  },
);
