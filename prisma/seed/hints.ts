import type { Db } from "@/server/db-client";
import type { Prisma } from "@/server/generated/prisma/client";

interface HintSeed {
  code: string;
  text: string;
  textEn: string;
  pages?: string[];
  condition?: string;
  failedAction?: string;
  priority?: number;
  article?: string;
  opensChat?: boolean;
}

// Page keys: account, payments, tariffs, options, security, help.
const hints: HintSeed[] = [
  {
    code: "insufficient-funds",
    failedAction: "INSUFFICIENT_FUNDS",
    pages: ["tariffs", "options"],
    article: "top-up-balance",
    priority: 10,
    text: "Не хватило денег на балансе. Пополните счёт картой — деньги поступают сразу, и повторите действие.",
    textEn: "There was not enough money on the balance. Top up by card: it arrives at once. Then try again.",
  },
  {
    code: "blocked-cannot-change",
    failedAction: "ACCOUNT_BLOCKED",
    article: "number-blocked-for-debt",
    priority: 10,
    text: "Номер заблокирован за долг, поэтому изменения недоступны. Пополните баланс до нуля — номер разблокируется автоматически.",
    textEn: "The number is blocked for debt, so changes are unavailable. Top up to zero and it unblocks automatically.",
  },
  {
    code: "option-conflict",
    failedAction: "OPTION_CONFLICT",
    pages: ["options"],
    article: "connect-option",
    text: "Эта опция из той же группы, что и подключённая. Можно заменить одну другой — старая отключится сразу.",
    textEn:
      "This option is in the same group as one you have. You can replace one with the other; the old one stops at once.",
  },
  {
    code: "option-incompatible",
    failedAction: "OPTION_INCOMPATIBLE",
    pages: ["options"],
    article: "option-not-available",
    text: "Опция работает не на всех тарифах. Посмотрите, на каких тарифах она доступна, или спросите нас в чате.",
    textEn: "The option works only with some tariffs. See which ones, or ask us in chat.",
    opensChat: true,
  },
  {
    code: "archived-tariff",
    failedAction: "TARIFF_ARCHIVED",
    pages: ["tariffs"],
    article: "archived-tariff",
    text: "Этот тариф закрыт для новых подключений. Рекомендация выше подберёт похожий по вашему расходу.",
    textEn: "This tariff is closed to new connections. The recommendation above suggests a similar one for your usage.",
  },
  {
    code: "wrong-current-password",
    failedAction: "WRONG_CURRENT_PASSWORD",
    pages: ["security"],
    article: "forgot-password",
    text: "Не помните текущий пароль? Выйдите и восстановите его по SMS-коду.",
    textEn: "Forgot your current password? Sign out and recover it with an SMS code.",
  },
  {
    code: "negative-balance",
    condition: "NEGATIVE_BALANCE",
    article: "number-blocked-for-debt",
    priority: 8,
    text: "Баланс отрицательный. Пополните счёт, чтобы связь не блокировалась.",
    textEn: "Your balance is negative. Top up so the service is not blocked.",
  },
  {
    code: "blocked-for-debt",
    condition: "BLOCKED_FOR_DEBT",
    article: "number-blocked-for-debt",
    priority: 9,
    text: "Номер заблокирован за долг. После пополнения до нуля связь включится в течение минуты.",
    textEn: "The number is blocked for debt. After topping up to zero, service resumes within a minute.",
  },
  {
    code: "low-balance",
    condition: "LOW_BALANCE",
    pages: ["account", "payments", "tariffs", "options"],
    article: "monthly-fee",
    priority: 5,
    text: "Денег на балансе меньше, чем спишется 1-го числа. Пополните счёт заранее, чтобы не остаться без связи.",
    textEn: "Your balance is less than the charge on the 1st. Top up in advance to stay connected.",
  },
  {
    code: "usage-above-quota",
    condition: "USAGE_ABOVE_QUOTA",
    pages: ["account", "tariffs"],
    article: "choose-tariff",
    priority: 6,
    text: "Вы расходуете заметно больше, чем входит в тариф. Сравните тарифы — с большим пакетом может выйти дешевле.",
    textEn: "You use much more than your tariff includes. Compare tariffs: a bigger package may cost less.",
  },
  {
    code: "option-unavailable-on-tariff",
    condition: "OPTION_UNAVAILABLE_ON_TARIFF",
    pages: ["options"],
    article: "option-not-available",
    text: "Некоторые опции недоступны на вашем тарифе — рядом с ними написано, на каких тарифах они работают.",
    textEn: "Some options are unavailable on your tariff; each says which tariffs it works with.",
  },
  {
    code: "tariff-change-how",
    pages: ["tariffs"],
    article: "change-tariff",
    text: "При смене тарифа сегодня спишется плата только за оставшиеся дни месяца, а полная — с 1-го числа.",
    textEn: "When you switch, today you pay only for the days left this month; the full fee comes on the 1st.",
  },
  {
    code: "options-how",
    pages: ["options"],
    article: "connect-option",
    text: "Опция начинает работать сразу после подключения. Отключить её можно в любой момент здесь же.",
    textEn: "An option starts working right after you connect it, and you can switch it off here any time.",
  },
  {
    code: "payments-how",
    pages: ["payments"],
    article: "payment-not-received",
    text: "Платёж не дошёл? Обычно деньги поступают за минуту. Если прошло больше часа — напишите нам в чат.",
    textEn:
      "Payment not arrived? Money usually arrives within a minute. If it has been over an hour, write to us in chat.",
    opensChat: true,
  },
  {
    code: "security-how",
    pages: ["security"],
    article: "change-password",
    text: "После смены пароля все остальные устройства выйдут из личного кабинета.",
    textEn: "After a password change, all your other devices are signed out.",
  },
  {
    code: "roaming-before-trip",
    pages: ["account", "options"],
    article: "roaming-abroad",
    text: "Собираетесь за границу? Подключите пакет роуминга заранее — так дешевле, чем по обычным ценам.",
    textEn: "Travelling abroad? Connect a roaming pack in advance: it is cheaper than standard rates.",
  },
];

/** Hints in context, tied to help articles by slug; run after the help centre is seeded. */
export async function seedHints(db: Db | Prisma.TransactionClient): Promise<number> {
  const articles = await db.helpArticle.findMany({ select: { id: true, slug: true } });
  const bySlug = new Map(articles.map((a) => [a.slug, a.id]));
  const result = await db.hint.createMany({
    data: hints.map((h) => ({
      code: h.code,
      text: h.text,
      textEn: h.textEn,
      pages: h.pages ?? [],
      condition: h.condition ?? null,
      failedAction: h.failedAction ?? null,
      priority: h.priority ?? 0,
      articleId: h.article ? (bySlug.get(h.article) ?? null) : null,
      opensChat: h.opensChat ?? false,
    })),
  });
  return result.count;
}
