import { defineMessages } from "../define-messages";

// What the bot and the system say inside a chat; written into the chat in the subscriber's language.
// An {error} is an errors message, a sentence with its own full stop.
export const botMessages = defineMessages(
  {
    greeting: "Здравствуйте! Я виртуальный помощник. Опишите вопрос — подскажу ответ или позову оператора.",
    greetingAfterFailure:
      "Здравствуйте! Вижу, что не получилось: {error} Опишите, что вы пытались сделать, — помогу или позову оператора.",
    salesGreeting: "Здравствуйте! Сейчас к вам подключится специалист по теме «{topic}».",
    found: "Вот что может помочь:",
    helpedQuestion: "Помогло?",
    rephrase: "Попробуйте сформулировать иначе или позовите оператора.",
    glad: "Рад помочь! Если появятся вопросы — пишите.",
    handoverAsked: "Передаю чат оператору.",
    handoverNothingFound: "Не нашёл ответа в справке — передаю чат оператору.",
    handoverMisses: "Кажется, я не справляюсь — передаю чат оператору.",
    operatorJoined: "К чату подключился оператор {name}.",
    consentQuestion: "Чтобы я мог(ла) сам(а) подключить тариф или услугу на вашем счёте, разрешите мне это сделать.",
    operatorChangedTariff: "Оператор перевёл ваш номер на тариф «{name}».",
    operatorConnectedOption: "Оператор подключил услугу «{name}».",
    fromHintFailed:
      "{who, select, visitor {Посетитель перешёл} other {Абонент перешёл}} из подсказки: действие «{action}» не удалось на странице «{page}». {error}",
    fromHintNotHelped:
      "{who, select, visitor {Посетитель перешёл} other {Абонент перешёл}} из подсказки: подсказки не помогли на странице «{page}».",
    consentGiven: "Абонент разрешил оператору изменить тариф или услуги в этом чате.",
    lookingForAnother: "Ищем свободного оператора — пожалуйста, подождите.",
    passedOver:
      "{name} не ответил(а) за {seconds} с — чат возвращён в очередь и не будет снова предложен этому оператору.",
    transferredTo: "{from} передал(а) чат оператору {to}. Комментарий: {note}",
    transferredToQueue: "{from} вернул(а) чат в очередь. Комментарий: {note}",
    requestLeft: "Заявка оставлена: оператор ответит здесь, как только освободится. Можно закрыть страницу.",
    closedBySubscriber: "Чат завершён.",
    closedByOperator: "Оператор завершил чат.",
    quickHelped: "Помогло",
    quickOperator: "Позвать оператора",
    // In a messenger: the rating asked with buttons, and what the operator is told.
    ratingQuestion: "Оцените, пожалуйста, работу оператора от 1 до 5.",
    npsQuestion: "Насколько вероятно, что вы порекомендуете нас друзьям? От 0 до 10.",
    ratingSkip: "Пропустить",
    ratingThanks: "Спасибо за оценку!",
    unsupportedMessage: "Пока я понимаю только текст и фотографии — напишите, пожалуйста, словами.",
    unsupportedPlaceholder: "[вложение, которое мессенджер-канал не поддерживает]",
    contactUnreachable: "Мессенджер не доставил ответ: собеседник заблокировал бота. Ответы больше не дойдут.",
  },
  {
    greeting:
      "Hello! I am the virtual assistant. Describe your question and I will suggest an answer or call an operator.",
    greetingAfterFailure:
      "Hello! I see it did not work: {error} Tell me what you were trying to do and I will help or call an operator.",
    salesGreeting: "Hello! A specialist on “{topic}” will join you shortly.",
    found: "This may help:",
    helpedQuestion: "Did it help?",
    rephrase: "Try putting it differently, or call an operator.",
    glad: "Glad to help! Write any time.",
    handoverAsked: "Handing the chat over to an operator.",
    handoverNothingFound: "I found nothing in the help centre, so I am handing the chat to an operator.",
    handoverMisses: "It seems I cannot help, so I am handing the chat to an operator.",
    operatorJoined: "Operator {name} has joined the chat.",
    consentQuestion: "To connect the tariff or option on your account myself, please allow me to do it.",
    operatorChangedTariff: "The operator moved your number to the “{name}” tariff.",
    operatorConnectedOption: "The operator connected the “{name}” option.",
    fromHintFailed:
      "{who, select, visitor {The visitor} other {The subscriber}} came from a hint: “{action}” failed on the “{page}” page. {error}",
    fromHintNotHelped:
      "{who, select, visitor {The visitor} other {The subscriber}} came from a hint: the hints did not help on the “{page}” page.",
    consentGiven: "The subscriber allowed the operator to change the tariff or options in this chat.",
    lookingForAnother: "Looking for a free operator, please wait.",
    passedOver:
      "{name} did not answer within {seconds} s: the chat went back to the queue and will not be offered to them again.",
    transferredTo: "{from} transferred the chat to {to}. Note: {note}",
    transferredToQueue: "{from} returned the chat to the queue. Note: {note}",
    requestLeft:
      "Your request is saved: an operator will answer here as soon as they are free. You can close the page.",
    closedBySubscriber: "The chat has ended.",
    closedByOperator: "The operator has ended the chat.",
    quickHelped: "It helped",
    quickOperator: "Call an operator",
    ratingQuestion: "Please rate the operator from 1 to 5.",
    npsQuestion: "How likely are you to recommend us to a friend? From 0 to 10.",
    ratingSkip: "Skip",
    ratingThanks: "Thank you for your rating!",
    unsupportedMessage: "For now I understand only text and photos: please write it in words.",
    unsupportedPlaceholder: "[an attachment the messenger channel does not support]",
    contactUnreachable:
      "The messenger did not deliver the reply: the person blocked the bot. Replies will not reach them.",
  },
);
