import { defineMessages } from "../define-messages";

export const reportsMessages = defineMessages(
  {
    title: "Ежедневный отчёт о качестве",
    lead: "За {day} (московское время): те же цифры, что в «Показателях качества» за этот день.",
    dayLabel: "День",
    show: "Показать",
    empty: "В этот день не было ни одного обращения — считать нечего.",
    firstResponseP90: "Первый ответ, 90 % не дольше",
    dayOverdueFollowUps: "Разборы обращений дня, просроченные",
    overdueNow:
      "{count, plural, =0 {Сейчас просроченных разборов нет.} one {Сейчас просрочен # разбор.} few {Сейчас просрочены # разбора.} many {Сейчас просрочено # разборов.} other {Сейчас просрочено # разбора.}}",
    worstTitle: "Три худшие оценки дня",
    worstLine: "Оценка {score} из 5, рекомендация {nps}",
    noWorst: "Оценок за день нет.",
    open: "Открыть разбор",
    optIn: "Присылать мне этот отчёт на e-mail каждое утро",
    optInSaved: "Сохранено.",
    mailSubject: "Отчёт о качестве за {day}",
    mailLead: "Отчёт о качестве поддержки за {day} (МСК).",
    badDay: "Введите существующую дату.",
  },
  {
    title: "Daily quality report",
    lead: "For {day} (Moscow time): the same figures as the quality metrics show for that day.",
    dayLabel: "Day",
    show: "Show",
    empty: "There were no contacts that day — nothing to count.",
    firstResponseP90: "First response, 90% within",
    dayOverdueFollowUps: "The day's follow-ups past their due time",
    overdueNow:
      "{count, plural, =0 {No follow-ups are overdue now.} one {# follow-up is overdue now.} other {# follow-ups are overdue now.}}",
    worstTitle: "The day's three worst ratings",
    worstLine: "Rated {score} of 5, would recommend {nps}",
    noWorst: "No ratings that day.",
    open: "Open the follow-up",
    optIn: "E-mail me this report every morning",
    optInSaved: "Saved.",
    mailSubject: "Quality report for {day}",
    mailLead: "Support quality report for {day} (Moscow time).",
    badDay: "Enter a real date.",
  },
);
