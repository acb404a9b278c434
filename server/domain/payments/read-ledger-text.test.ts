import { describe, expect, it } from "vitest";
import { createTranslator } from "@/i18n/translator";
import type { Locale } from "@/i18n/locales";
import { entryText, LEDGER_TEXTS, localizedName, type LedgerTextCode } from "@/server/domain/payments/ledger-text";
import { ledgerText, type LedgerTextEntry } from "./read-ledger-text";

const say = (locale: Locale, entry: LedgerTextEntry) => ledgerText(createTranslator(locale), locale, entry);
const tariff = localizedName({ name: "Смарт M", nameEn: "Smart M" });
const option = localizedName({ name: "Музыка", nameEn: "Music" });
const month = { month: "2026-03" };
const country = { ru: "Турция", en: "Turkey" };

/** One entry of every code, as the writers store it. */
const written: Record<LedgerTextCode, LedgerTextEntry> = {
  TARIFF_FEE_PRORATED: entryText("TARIFF_FEE_PRORATED", { tariff, days: 12 }),
  OPTION_CONNECTION: entryText("OPTION_CONNECTION", { option }),
  OPTION_FEE_PRORATED: entryText("OPTION_FEE_PRORATED", { option }),
  TOP_UP_CARD: entryText("TOP_UP_CARD"),
  PROMISED_PAYMENT_CREDIT: entryText("PROMISED_PAYMENT_CREDIT", { days: 3 }),
  PROMISED_PAYMENT_FEE: entryText("PROMISED_PAYMENT_FEE"),
  PROMISED_PAYMENT_REPAYMENT: entryText("PROMISED_PAYMENT_REPAYMENT"),
  PROMISED_PAYMENT_WRITE_OFF: entryText("PROMISED_PAYMENT_WRITE_OFF"),
  FOLLOW_UP_COMPENSATION: entryText("FOLLOW_UP_COMPENSATION"),
  OPENING_BALANCE: entryText("OPENING_BALANCE"),
  TARIFF_FEE_MONTHLY: entryText("TARIFF_FEE_MONTHLY", { tariff, month }),
  OPTION_FEE_MONTHLY: entryText("OPTION_FEE_MONTHLY", { option, month }),
  CALLS_OVER_PACKAGE: entryText("CALLS_OVER_PACKAGE", { minutes: 17 }),
  SMS_OVER_PACKAGE: entryText("SMS_OVER_PACKAGE", { count: 4 }),
  INTERNET_AUTO_TOP_UP: entryText("INTERNET_AUTO_TOP_UP", { gb: 1 }),
  ROAMING_USAGE: entryText("ROAMING_USAGE", { country, minutes: 9, mb: 350 }),
  TOP_UP_SBP: entryText("TOP_UP_SBP"),
  TOP_UP_MOBILE_BANK: entryText("TOP_UP_MOBILE_BANK"),
  TOP_UP_STORE: entryText("TOP_UP_STORE"),
  AUTOPAY_CARD: entryText("AUTOPAY_CARD"),
  AUTOPAY_LOW_BALANCE: entryText("AUTOPAY_LOW_BALANCE"),
  OUTAGE_COMPENSATION: entryText("OUTAGE_COMPENSATION"),
  REFERRAL_BONUS: entryText("REFERRAL_BONUS"),
  CALLS_CORRECTION: entryText("CALLS_CORRECTION"),
  REFUND_WRONG_CHARGE: entryText("REFUND_WRONG_CHARGE"),
  LEGACY_TEXT: entryText("LEGACY_TEXT", { text: "Абонентская плата по тарифу «Смарт M» за 12 дней" }),
};

describe("ledger text", () => {
  it("says every code in Russian and in English, with its parameters filled in", () => {
    const codes = Object.keys(LEDGER_TEXTS) as LedgerTextCode[];
    for (const code of codes.filter((c) => c !== "LEGACY_TEXT")) {
      for (const locale of ["ru", "en"] as const) {
        const text = say(locale, written[code]);
        expect(text, `${code} ${locale}`).not.toMatch(/[{}]|payments\.|[A-Z]{3,}_/);
        expect(text, `${code} ${locale}`).not.toBe(say(locale, { textCode: "SOMETHING_NEW", textParams: null }));
      }
      expect(say("ru", written[code]), code).not.toBe(say("en", written[code]));
    }
  });

  it("names a tariff or an option in the reader's language", () => {
    expect(say("ru", written.TARIFF_FEE_PRORATED)).toBe("Абонентская плата по тарифу «Смарт M» за 12 дней");
    expect(say("en", written.TARIFF_FEE_PRORATED)).toBe("Monthly fee for tariff “Smart M”, days left in the month: 12");
    expect(say("ru", written.OPTION_CONNECTION)).toBe("Подключение опции «Музыка»");
    expect(say("en", written.OPTION_FEE_PRORATED)).toBe("Option “Music”: fee until the end of the month");
    expect(say("en", written.ROAMING_USAGE)).toBe("Roaming (Turkey): calls 9 min, internet 350 MB");
    // A name stored in one language only still shows, rather than a gap.
    expect(say("en", { textCode: "OPTION_CONNECTION", textParams: { option: { ru: "Музыка" } } })).toBe(
      "Connection of option “Музыка”",
    );
  });

  it("names a promised payment's term with Russian plurals", () => {
    const term = (days: number) => say("ru", entryText("PROMISED_PAYMENT_CREDIT", { days }));
    expect([1, 3, 5].map(term)).toEqual([
      "Обещанный платёж на 1 день",
      "Обещанный платёж на 3 дня",
      "Обещанный платёж на 5 дней",
    ]);
    expect(say("en", written.PROMISED_PAYMENT_CREDIT)).toBe("Promised payment for 3 days");
  });

  it("names the month in the reader's language", () => {
    expect(say("ru", written.OPTION_FEE_MONTHLY)).toBe("Абонентская плата за опцию «Музыка» за март 2026 г.");
    expect(say("en", written.TARIFF_FEE_MONTHLY)).toBe("Monthly fee for tariff “Smart M” for March 2026");
  });

  it("shows an entry written before the codes as its stored text, in either language", () => {
    for (const locale of ["ru", "en"] as const)
      expect(say(locale, written.LEGACY_TEXT)).toBe("Абонентская плата по тарифу «Смарт M» за 12 дней");
  });

  it("reads an unknown code or broken parameters as a plain transaction, never as the raw code", () => {
    expect(say("ru", { textCode: "SOMETHING_NEW", textParams: { days: 3 } })).toBe("Операция по счёту");
    expect(say("en", { textCode: "SOMETHING_NEW", textParams: null })).toBe("Account transaction");
    expect(say("en", { textCode: "LEGACY_TEXT", textParams: null })).toBe("Account transaction");
    expect(say("ru", { textCode: "TOP_UP_CARD", textParams: [1, 2] })).toBe("Пополнение баланса банковской картой");
    expect(say("en", { textCode: "TARIFF_FEE_MONTHLY", textParams: { tariff, month: { month: "2026-13" } } })).toBe(
      "Account transaction",
    );
    expect(say("ru", { textCode: "CALLS_OVER_PACKAGE", textParams: {} })).toBe("Операция по счёту");
  });
});
