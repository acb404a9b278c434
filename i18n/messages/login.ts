import { defineMessages } from "../define-messages";

export const loginMessages = defineMessages(
  {
    title: "Вход",
    subscriberHint: "Абонент: номер телефона (+7…) или номер лицевого счёта.",
    staffHint: "Сотрудник: рабочий e-mail.",
    loginLabel: "Телефон, лицевой счёт или e-mail",
    passwordLabel: "Пароль",
    submit: "Войти",
    submitting: "Входим…",
    forgotPassword: "Забыли пароль?",
  },
  {
    title: "Sign in",
    subscriberHint: "Subscriber: phone number (+7…) or account number.",
    staffHint: "Staff: work e-mail.",
    loginLabel: "Phone, account number or e-mail",
    passwordLabel: "Password",
    submit: "Sign in",
    submitting: "Signing in…",
    forgotPassword: "Forgot your password?",
  },
);
