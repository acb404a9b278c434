import { defineMessages } from "../define-messages";

export const navMessages = defineMessages(
  {
    home: "Главная",
    account: "Личный кабинет",
    help: "Помощь",
    admin: "Рабочее место",
    signIn: "Войти",
    signOut: "Выйти",
    language: "Язык",
    mainMenu: "Основное меню",
    menu: "Меню",
  },
  {
    home: "Home",
    account: "My account",
    help: "Help",
    admin: "Workspace",
    signIn: "Sign in",
    signOut: "Sign out",
    language: "Language",
    mainMenu: "Main menu",
    menu: "Menu",
  },
);
