import { defineMessages } from "../define-messages";

export const securityMessages = defineMessages(
  {
    title: "Безопасность",
    changePasswordTitle: "Смена пароля",
    intro: "После смены пароля все другие сеансы завершатся, а этот останется открытым.",
    currentPasswordLabel: "Текущий пароль",
    submit: "Сменить пароль",
    submitting: "Сохраняем…",
    done: "Пароль изменён. Другие сеансы завершены.",
    forgotCurrent: "Не помните текущий пароль?",
  },
  {
    title: "Security",
    changePasswordTitle: "Change password",
    intro: "After the change all other sessions end; this one stays signed in.",
    currentPasswordLabel: "Current password",
    submit: "Change password",
    submitting: "Saving…",
    done: "Password changed. Other sessions have ended.",
    forgotCurrent: "Forgot your current password?",
  },
);
