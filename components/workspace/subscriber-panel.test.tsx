import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { NextIntlClientProvider } from "next-intl";
import { messagesFor } from "@/i18n/messages";
import { activeMarkup, asHtmlText, XSS_PAYLOADS } from "@/server/testing/xss-payloads";
import { SubscriberPanel } from "./subscriber-panel";
import type { ChatDetailsView } from "./workspace-types";
import type { Locale } from "@/i18n/locales";

/** What the operator sees beside a chat, with every text a subscriber or visitor could choose set to the payload. */
function details(payload: string) {
  return {
    chat: { id: "c1", actionConsentAt: null, banner: null },
    escalation: {
      handoverReason: null,
      page: payload,
      failedAction: payload,
      errorCode: payload,
      bannerTopic: payload,
      hintsShown: [],
    },
    visitor: { name: payload, phone: payload, leftRequest: true },
    account: {
      accountNumber: "100000001",
      fullName: payload,
      status: "ACTIVE",
      balance: 100,
      tariff: { name: payload, nameEn: payload },
      options: [],
      ledger: [
        {
          id: "l1",
          createdAt: new Date("2026-05-01T10:00:00Z"),
          textCode: "LEGACY_TEXT",
          textParams: { text: payload },
          amount: -100,
        },
        {
          id: "l2",
          createdAt: new Date("2026-05-01T10:00:00Z"),
          textCode: "OPTION_CONNECTION",
          textParams: { option: { ru: payload, en: payload } },
          amount: -100,
        },
      ],
      recentActions: [
        {
          id: "a1",
          createdAt: new Date("2026-05-01T10:00:00Z"),
          action: payload,
          succeeded: false,
          errorCode: payload,
        },
      ],
      offers: [],
    },
  } as unknown as ChatDetailsView;
}

/** A subscriber who failed to pay and asked in the chat, with the codes the portal recorded. */
function afterDeclinedPayment(): ChatDetailsView {
  const base = details("Иван");
  const at = new Date("2026-05-01T10:00:00Z");
  return {
    ...base,
    escalation: { ...base.escalation, page: "payments", failedAction: "payment.top_up", errorCode: "PAYMENT_DECLINED" },
    account: {
      ...base.account!,
      recentActions: [
        {
          id: "a1",
          createdAt: at,
          page: "payments",
          action: "payment.top_up",
          succeeded: false,
          errorCode: "PAYMENT_DECLINED",
        },
        { id: "a2", createdAt: at, page: "tariffs", action: "tariff.change", succeeded: true, errorCode: null },
        { id: "a3", createdAt: at, page: null, action: "sim.replace", succeeded: false, errorCode: "SIM_LOST" },
      ],
    },
  };
}

function panelText(view: ChatDetailsView, locale: Locale) {
  const html = renderToStaticMarkup(
    <NextIntlClientProvider locale={locale} messages={messagesFor(locale)} timeZone="Europe/Moscow">
      <SubscriberPanel details={view} canAct={false} />
    </NextIntlClientProvider>,
  );
  return html.replace(/<[^>]+>/g, "");
}

describe("the operator's subscriber panel", () => {
  it.each([
    [
      "ru",
      ["Платежи", "Пополнение баланса", "Банк отклонил платёж", "Смена тарифа: успешно", "Действие в личном кабинете"],
    ],
    [
      "en",
      [
        "Payments",
        "Balance top-up",
        "The bank declined the payment",
        "Tariff change: succeeded",
        "An action in the account",
      ],
    ],
  ] as const)("says pages, actions and errors in words, never their codes (%s)", (locale, words) => {
    const text = panelText(afterDeclinedPayment(), locale);
    for (const phrase of words) expect(text).toContain(phrase);
    for (const code of ["payments", "payment.top_up", "PAYMENT_DECLINED", "tariff.change", "sim.replace", "SIM_LOST"]) {
      expect(text).not.toContain(code);
    }
  });

  it("shows a subscriber's or visitor's name and anything else they typed as text", () => {
    for (const payload of XSS_PAYLOADS) {
      const html = renderToStaticMarkup(
        <NextIntlClientProvider locale="ru" messages={messagesFor("ru")} timeZone="Europe/Moscow">
          <SubscriberPanel details={details(payload)} canAct={false} />
        </NextIntlClientProvider>,
      );
      expect([payload, activeMarkup(html)]).toEqual([payload, null]);
      expect(html).toContain(asHtmlText(payload));
    }
  });
});
