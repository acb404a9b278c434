import { defineMessages } from "../define-messages";

export const appMessages = defineMessages(
  {
    name: "Мой оператор",
    installName: "Мой оператор: личный кабинет",
    tagline: "Связь, интернет и помощь — в одном личном кабинете",
    skipToContent: "Перейти к содержимому",
  },
  {
    name: "My Operator",
    installName: "My Operator: personal account",
    tagline: "Calls, internet and help in one personal account",
    skipToContent: "Skip to content",
  },
);
