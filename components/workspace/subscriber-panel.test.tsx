import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { NextIntlClientProvider } from "next-intl";
import { messagesFor } from "@/i18n/messages";
import { activeMarkup, asHtmlText, XSS_PAYLOADS } from "@/server/testing/xss-payloads";
import { SubscriberPanel } from "./subscriber-panel";
import type { ChatDetailsView } from "./workspace-types";

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

describe("the operator's subscriber panel", () => {
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
