import type { Translate } from "@/i18n/translator";

const MB_PER_GB = 1024;
/** Tariffs store "unlimited" as a terabyte or more. */
const UNLIMITED_MB = 1024 * MB_PER_GB;

export function gigabytes(mb: number): number {
  return Math.round((mb / MB_PER_GB) * 10) / 10;
}

export function describeQuota(
  t: Translate,
  tariff: { includedMinutes: number; includedMb: number; includedSms: number },
): string[] {
  return [
    tariff.includedMinutes > 0 ? t("tariffs.minutes", { count: tariff.includedMinutes }) : null,
    tariff.includedMb >= UNLIMITED_MB
      ? t("tariffs.unlimitedGb")
      : tariff.includedMb > 0
        ? t("tariffs.gb", { count: gigabytes(tariff.includedMb) })
        : null,
    tariff.includedSms > 0 ? t("tariffs.sms", { count: tariff.includedSms }) : null,
  ].filter((part): part is string => part !== null);
}
