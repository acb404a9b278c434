// A ledger entry stores what happened as a text code and parameters, never a sentence in
// one language: each reader sees it in their own (read-ledger-text.ts).

/**
 * A catalogue item's name in every language we show. Stored with the entry rather than
 * looked up when read, so history keeps the name the item had when it was charged.
 */
export type LocalizedName = { ru: string; en: string };
/** A calendar month, "YYYY-MM", named in the reader's language. */
export type MonthParam = { month: string };
export type LedgerTextParam = string | number | LocalizedName | MonthParam;

/** Every text code and the names of its parameters; the `ledger` messages says each one. */
export const LEDGER_TEXTS = {
  // Written by the domain.
  TARIFF_FEE_PRORATED: ["tariff", "days"],
  OPTION_CONNECTION: ["option"],
  OPTION_FEE_PRORATED: ["option"],
  TOP_UP_CARD: [],
  PROMISED_PAYMENT_CREDIT: ["days"],
  PROMISED_PAYMENT_FEE: [],
  PROMISED_PAYMENT_REPAYMENT: [],
  PROMISED_PAYMENT_WRITE_OFF: [],
  // A supervisor's compensation when resolving a follow-up.
  FOLLOW_UP_COMPENSATION: [],
  // A starting balance, put there by test and bench fixtures.
  OPENING_BALANCE: [],
  // The demo seed's simulated history.
  TARIFF_FEE_MONTHLY: ["tariff", "month"],
  OPTION_FEE_MONTHLY: ["option", "month"],
  CALLS_OVER_PACKAGE: ["minutes"],
  SMS_OVER_PACKAGE: ["count"],
  INTERNET_AUTO_TOP_UP: ["gb"],
  ROAMING_USAGE: ["country", "minutes", "mb"],
  TOP_UP_SBP: [],
  TOP_UP_MOBILE_BANK: [],
  TOP_UP_STORE: [],
  AUTOPAY_CARD: [],
  AUTOPAY_LOW_BALANCE: [],
  OUTAGE_COMPENSATION: [],
  REFERRAL_BONUS: [],
  CALLS_CORRECTION: [],
  REFUND_WRONG_CHARGE: [],
  // Entries written before texts were codes: their sentence as it was ({ text }).
  LEGACY_TEXT: ["text"],
} as const satisfies Record<string, readonly string[]>;

export type LedgerTextCode = keyof typeof LEDGER_TEXTS;
type ParamsOf<C extends LedgerTextCode> = { [N in (typeof LEDGER_TEXTS)[C][number]]: LedgerTextParam };
/** The two columns of an entry's text, as written. */
export type EntryText = { textCode: LedgerTextCode; textParams?: Record<string, LedgerTextParam> };

export function isLedgerTextCode(code: string): code is LedgerTextCode {
  return Object.hasOwn(LEDGER_TEXTS, code);
}

/** The `textCode` and `textParams` of a new entry; the compiler checks the parameters' names. */
export function entryText<C extends LedgerTextCode>(
  code: C,
  ...[params]: (typeof LEDGER_TEXTS)[C] extends readonly [] ? [] : [ParamsOf<C>]
): EntryText & { textCode: C } {
  return { textCode: code, textParams: params };
}

export function localizedName(item: { name: string; nameEn: string }): LocalizedName {
  return { ru: item.name, en: item.nameEn };
}
