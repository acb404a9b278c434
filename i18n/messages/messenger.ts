import { defineMessages } from "../define-messages";

/** What a messenger contact reads from the bot beyond the chat itself: linking an account, the survey after a chat. */
export const messengerMessages = defineMessages(
  {
    linkOffer: "Чтобы оператор сразу видел ваш лицевой счёт, привяжите его к этому чату.",
    linkButton: "Привязать лицевой счёт",
    linkAsk:
      "Напишите номер телефона или лицевого счёта. Можно нажать «Поделиться номером»: если он совпадёт с номером счёта, привяжем сразу. Передумали — напишите «отмена».",
    shareContactButton: "Поделиться номером",
    linkNotALogin:
      "Не получилось разобрать номер. Напишите телефон, например +7 900 000-00-01, или номер лицевого счёта из 9 цифр.",
    linkCodeSent:
      "Если номер принадлежит абоненту, на телефон счёта придёт SMS с кодом. Напишите сюда код из 6 цифр: он действует {minutes, plural, one {# минуту} few {# минуты} many {# минут} other {# минуты}}.",
    linkCodeWrong:
      "Код не подходит или уже не действует. Проверьте SMS и напишите код ещё раз или запросите новый: /link",
    linkRateLimited:
      "Слишком много попыток. Попробуйте снова через {minutes, plural, one {# минуту} few {# минуты} many {# минут} other {# минуты}}.",
    linkSms: "Код для привязки мессенджера к лицевому счёту: {code}. Действует {minutes} мин. Никому его не сообщайте.",
    linked:
      "Готово: чат привязан к лицевому счёту {account}. Оператор увидит ваш счёт и сможет помочь с ним. Отвязать: /unlink",
    alreadyLinked: "Этот чат уже привязан к лицевому счёту {account}. Отвязать: /unlink",
    contactNotOwn: "Поделиться можно только своим номером: нажмите кнопку «Поделиться номером».",
    contactNoAccount:
      "Этот номер не совпадает с номером лицевого счёта. Напишите номер счёта, и мы пришлём код по SMS на телефон счёта.",
    unlinked: "Чат отвязан от лицевого счёта. Привязать снова: /link",
    unlinkedByOperator:
      "Оператор отвязал этот чат от лицевого счёта, разговор завершён. Если нужна помощь, напишите снова; привязать счёт: /link",
    notLinked: "Этот чат не привязан к лицевому счёту. Привязать: /link",
    linkCancelled: "Хорошо, привязку отменили.",
    consentButton: "Разрешаю",
    commentQuestion: "Хотите что-то добавить? Напишите комментарий одним сообщением или нажмите «Пропустить».",
    botHelpedQuestion: "Бот помог решить ваш вопрос?",
    resolvedQuestion: "Ваш вопрос решён?",
    cesQuestion: "Насколько легко было решить ваш вопрос? От 1 (очень трудно) до 7 (очень легко).",
    yes: "Да",
    no: "Нет",
    reviewInvitation: "Спасибо! Будем рады, если вы оставите отзыв о нас:",
    reviewButton: "Оставить отзыв: {platform}",
    botFeedbackThanks: "Спасибо! Это поможет нам отвечать лучше.",
    imageTooLarge:
      "Фото слишком большое: можно до {megabytes, number} МБ. Пришлите, пожалуйста, снимок поменьше или опишите вопрос словами.",
  },
  {
    linkOffer: "Link your subscriber account to this chat so the operator sees it straight away.",
    linkButton: "Link my account",
    linkAsk:
      "Send your phone number or account number. You can also press “Share my number”: if it matches the account's phone, we link at once. Changed your mind? Write “cancel”.",
    shareContactButton: "Share my number",
    linkNotALogin:
      "That does not look like a number. Send a phone such as +7 900 000-00-01 or a 9-digit account number.",
    linkCodeSent:
      "If the number belongs to a subscriber, an SMS with a code is on its way to the account's phone. Send the 6-digit code here: it is valid for {minutes, plural, one {# minute} other {# minutes}}.",
    linkCodeWrong:
      "That code does not fit or has expired. Check the SMS and send the code again, or ask for a new one: /link",
    linkRateLimited: "Too many attempts. Try again in {minutes, plural, one {# minute} other {# minutes}}.",
    linkSms: "Code to link a messenger to your account: {code}. Valid for {minutes} min. Do not share it with anyone.",
    linked:
      "Done: this chat is linked to account {account}. The operator will see your account and can help with it. To unlink: /unlink",
    alreadyLinked: "This chat is already linked to account {account}. To unlink: /unlink",
    contactNotOwn: "Only your own number can be shared: press the “Share my number” button.",
    contactNoAccount:
      "This number does not match an account's phone. Send the account number and we will text a code to the account's phone.",
    unlinked: "This chat is no longer linked to your account. To link again: /link",
    unlinkedByOperator:
      "An operator has unlinked this chat from the account, and the conversation has ended. Write again if you need help; to link the account: /link",
    notLinked: "This chat is not linked to an account. To link: /link",
    linkCancelled: "All right, linking cancelled.",
    consentButton: "I agree",
    commentQuestion: "Anything to add? Write a comment in one message or press “Skip”.",
    botHelpedQuestion: "Did the bot solve your question?",
    resolvedQuestion: "Was your question resolved?",
    cesQuestion: "How easy was it to solve your question? From 1 (very hard) to 7 (very easy).",
    yes: "Yes",
    no: "No",
    reviewInvitation: "Thank you! We would be glad if you left a review about us:",
    reviewButton: "Leave a review: {platform}",
    botFeedbackThanks: "Thank you! It helps us answer better.",
    imageTooLarge:
      "The photo is too large: up to {megabytes, number} MB is accepted. Please send a smaller one or describe the question in words.",
  },
);
