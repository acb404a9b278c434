// The funnel as one CSV: the summary, then the days; raw counts and percentages, headers in the reader's language.
import type { Locale } from "@/i18n/locales";
import type { Translate } from "@/i18n/translator";
import { csvDialect, toCsv, type CsvCell } from "./csv";
import type { BannerFunnel } from "@/server/domain/banners/banner-funnel";
import { FUNNEL_STEPS } from "@/server/domain/banners/funnel-steps";

const percent = (share: number | null) => (share === null ? null : share * 100);

export function funnelCsv(funnel: BannerFunnel, locale: Locale, t: Translate): string {
  const rows: CsvCell[][] = [
    [t("bannerFunnel.metric"), t("bannerFunnel.value")],
    [t("bannerFunnel.banner"), funnel.banner.title],
    [t("bannerFunnel.periodFrom"), funnel.period.from],
    [t("bannerFunnel.periodTo"), funnel.period.to],
    ...FUNNEL_STEPS.map((step) => [t(`bannerFunnel.${step}`), funnel.totals[step]]),
    [t("bannerFunnel.clickThroughPercent"), percent(funnel.clickThroughRate)],
    [t("bannerFunnel.conversionPercent"), percent(funnel.conversionRate)],
    [],
    [t("bannerFunnel.day"), ...FUNNEL_STEPS.map((step) => t(`bannerFunnel.${step}`))],
    ...funnel.daily.map((day) => [day.day, ...FUNNEL_STEPS.map((step) => day[step])]),
  ];
  return toCsv(rows, csvDialect(locale));
}

export function funnelCsvFileName(funnel: BannerFunnel): string {
  return `banner-funnel-${funnel.banner.id}-${funnel.period.from}-${funnel.period.to}.csv`;
}
