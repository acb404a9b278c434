import { defineMessages } from "../define-messages";

export const accountMessages = defineMessages(
  {
    title: "Личный кабинет",
    greeting: "Здравствуйте, {name}",
    accountNumber: "Лицевой счёт",
    phone: "Телефон",
    balance: "Баланс",
    status: "Статус",
    statusActive: "Активен",
    statusBlocked: "Заблокирован за долг",
    tariff: "Тариф",
    perMonth: "{amount} в месяц",
    options: "Подключённые опции",
    noOptions: "Опции не подключены",
    includedInTariff: "входит в тариф",
  },
  {
    title: "My account",
    greeting: "Hello, {name}",
    accountNumber: "Account number",
    phone: "Phone",
    balance: "Balance",
    status: "Status",
    statusActive: "Active",
    statusBlocked: "Blocked for debt",
    tariff: "Tariff",
    perMonth: "{amount} a month",
    options: "Active options",
    noOptions: "No options connected",
    includedInTariff: "included in tariff",
  },
);
