import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { NextIntlClientProvider } from "next-intl";
import { messagesFor } from "@/i18n/messages";
import type { Locale } from "@/i18n/locales";
import { ReplyWindowNotice } from "./reply-window";

const wrap = (locale: Locale, node: React.ReactNode) =>
  renderToStaticMarkup(
    <NextIntlClientProvider locale={locale} messages={messagesFor(locale)} timeZone="Europe/Moscow">
      {node}
    </NextIntlClientProvider>,
  );
const text = (html: string) => html.replace(/<[^>]+>/g, "");

// 11:32 UTC is 14:32 in Moscow.
const endsAt = new Date("2026-12-06T11:32:00Z");

describe("the reply window in the operator's chat", () => {
  it("says until when a reply is possible, with the day when it is not today (Moscow time)", () => {
    const sameDay = new Date("2026-12-06T08:00:00Z");
    const dayBefore = new Date("2026-12-05T12:00:00Z");
    const open = (locale: Locale, now: Date) =>
      text(wrap(locale, <ReplyWindowNotice endsAt={endsAt} hours={24} channel="FACEBOOK" closed={false} now={now} />));
    expect(open("ru", sameDay)).toBe("Ответить можно до 14:32.");
    expect(open("ru", dayBefore)).toBe("Ответить можно до 6 декабря, 14:32.");
    expect(open("en", sameDay)).toBe("You can reply until 14:32.");
  });

  it("says that it closed, when and why, in both languages", () => {
    const now = new Date("2026-12-06T20:00:00Z");
    const closed = (locale: Locale) =>
      wrap(locale, <ReplyWindowNotice endsAt={endsAt} hours={24} channel="FACEBOOK" closed now={now} />);
    expect(text(closed("ru"))).toBe(
      "Окно ответа закрылось в 14:32. Фейсбук принимает ответы только в течение 24 часов после последнего сообщения клиента. Ответить можно, когда клиент напишет снова; заметку для коллег оставить можно.",
    );
    expect(closed("ru")).toContain('data-closed="true"');
    expect(text(closed("en"))).toMatch(
      /^The reply window closed at 14:32\. Facebook accepts replies only within 24 hours/,
    );
  });
});
