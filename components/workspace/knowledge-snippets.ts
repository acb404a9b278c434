import type { Translate } from "@/i18n/translator";
import type { Locale } from "@/i18n/locales";
import { formatMoney } from "@/i18n/format";
import type { KnowledgeSearchResult } from "@/server/domain/knowledge/search-knowledge";
import { formatDay, formatGb } from "@/components/catalogue/catalogue-format";

type Tariff = KnowledgeSearchResult["tariffs"][number];
type Option = KnowledgeSearchResult["options"][number];

/** "300 мин, 10 ГБ, 100 SMS" */
export function allowanceText(t: Translate, tariff: Tariff, locale: Locale): string {
  return t("knowledge.allowance", {
    minutes: tariff.includedMinutes,
    gb: formatGb(tariff.includedMb, locale),
    sms: tariff.includedSms,
  });
}

/** What "insert" puts into the reply for an article: its title and its public address. */
export function articleSnippet(t: Translate, article: { title: string; slug: string }, origin: string): string {
  return t("knowledge.snippet.article", {
    title: article.title,
    url: `${origin}/help/${encodeURIComponent(article.slug)}`,
  });
}

/** A tariff for the subscriber: its fee now, its allowance and a fee change already scheduled. */
export function tariffSnippet(t: Translate, tariff: Tariff, locale: Locale): string {
  const text = t("knowledge.snippet.tariff", {
    name: tariff.name,
    fee: formatMoney(tariff.monthlyFee, locale),
    allowance: allowanceText(t, tariff, locale),
  });
  if (!tariff.nextFee) return text;
  return (
    text +
    t("knowledge.snippet.tariffNext", {
      date: formatDay(tariff.nextFee.effectiveFrom, locale),
      amount: formatMoney(tariff.nextFee.monthlyFee, locale),
    })
  );
}

/** An option for the subscriber: its fees, on which tariffs it works or is included, and its group. */
export function optionSnippet(t: Translate, option: Option, locale: Locale): string {
  let text = t("knowledge.snippet.option", {
    name: option.name,
    fee: formatMoney(option.monthlyFee, locale),
    connection: formatMoney(option.connectionFee, locale),
  });
  text +=
    option.compatibleTariffs.length === 0
      ? t("knowledge.snippet.optionAll")
      : t("knowledge.snippet.optionOn", { tariffs: option.compatibleTariffs.join(", ") });
  if (option.includedInTariffs.length > 0)
    text += t("knowledge.snippet.optionIncluded", { tariffs: option.includedInTariffs.join(", ") });
  if (option.exclusiveGroup) text += t("knowledge.snippet.optionGroup", { group: option.exclusiveGroup });
  return text;
}
