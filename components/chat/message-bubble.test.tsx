import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { NextIntlClientProvider } from "next-intl";
import { messagesFor } from "@/i18n/messages";
import { createTranslator } from "@/i18n/translator";
import type { Locale } from "@/i18n/locales";
import { articleAnswer } from "@/server/domain/chat/bot/article-answer";
import type { ChatMessageView } from "@/server/realtime/contract";
import { MessageBubble } from "./message-bubble";

const articles = [
  { slug: "roaming", title: "Роуминг за границей" },
  { slug: "internet", title: "Мобильный интернет" },
];

/** The bubble's text nodes in reading order, one a line. */
function readingOrder(locale: Locale) {
  const answer = articleAnswer(createTranslator(locale), articles);
  const message: ChatMessageView = {
    id: "m1",
    chatId: "c1",
    seq: 2,
    author: "BOT",
    operatorId: null,
    text: answer.text,
    isInternal: false,
    payload: answer.payload,
    clientId: null,
    createdAt: "2026-05-01T10:00:00.000Z",
    deliveredAt: null,
    readAt: null,
    attachmentIds: [],
  };
  const html = renderToStaticMarkup(
    <NextIntlClientProvider locale={locale} messages={messagesFor(locale)} timeZone="Europe/Moscow">
      <MessageBubble message={message} quickReplies onQuickReply={() => {}} />
    </NextIntlClientProvider>,
  );
  return html.replace(/<[^>]+>/g, "\n");
}

describe("the bot's answer with help articles", () => {
  it.each(["ru", "en"] as const)("reads intro, article links, then the question and its buttons (%s)", (locale) => {
    const t = createTranslator(locale);
    const expected = [
      t("bot.found"),
      ...articles.map((a) => a.title),
      t("bot.helpedQuestion"),
      t("bot.quickHelped"),
      t("bot.quickOperator"),
    ];
    const lines = readingOrder(locale)
      .split("\n")
      .map((line) => line.trim())
      .filter((line) => expected.includes(line));
    expect(lines).toEqual(expected);
  });
});
