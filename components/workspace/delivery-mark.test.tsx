import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { NextIntlClientProvider } from "next-intl";
import { messagesFor } from "@/i18n/messages";
import type { Locale } from "@/i18n/locales";
import { DELIVERY_REASONS, DELIVERY_STATES } from "@/server/domain/channels/delivery-reason";
import { DeliveryMark } from "./delivery-mark";

const text = (locale: Locale, delivery: Parameters<typeof DeliveryMark>[0]["delivery"]) =>
  renderToStaticMarkup(
    <NextIntlClientProvider locale={locale} messages={messagesFor(locale)} timeZone="Europe/Moscow">
      <DeliveryMark delivery={delivery} />
    </NextIntlClientProvider>,
  ).replace(/<[^>]+>/g, "");

describe("a messenger reply's delivery state", () => {
  it("reads as words, with the reason of a failure", () => {
    expect(text("ru", { state: "delivered", reason: null })).toBe("Доставлено в мессенджер");
    expect(text("ru", { state: "failed", reason: "BLOCKED" })).toBe("Не доставлено. Пользователь заблокировал бота.");
    expect(text("en", { state: "retrying", reason: "UNAVAILABLE" })).toBe("Retrying. The messenger is unreachable.");
  });

  it.each(["ru", "en"] as const)("has words for every state and reason, never the code (%s)", (locale) => {
    for (const state of DELIVERY_STATES)
      for (const reason of [null, ...DELIVERY_REASONS]) {
        const shown = text(locale, { state, reason });
        expect(shown).not.toMatch(/[A-Z]{3,}|delivery\./);
        expect(shown.length).toBeGreaterThan(5);
      }
  });
});
