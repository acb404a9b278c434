import type { Locale } from "@/i18n/locales";
import type { Translate } from "@/i18n/translator";
import { formatMoney, TIME_ZONE } from "@/i18n/format";
import { formatPackageAmount } from "@/i18n/package-format";
import type { ChangeKind, NoticeKind } from "@/server/generated/prisma/enums";
import type { PackageResource } from "@/server/domain/usage/package-usage";

/** What each kind stores: kopecks, whole days and ISO dates, never words. */
export type NoticeParams = {
  LOW_BALANCE: { balance: number; days: number };
  DEBT_BLOCK: { balance: number };
  PROMISED_PAYMENT_DUE: { amount: number; dueAt: string };
  AUTOPAY_MADE: { amount: number; trigger: "THRESHOLD" | "MONTHLY" };
  AUTOPAY_DECLINED: { amount: number; attempts: number };
  /** `left`: minutes, megabytes or SMS still in the package when it was raised. */
  PACKAGE_USAGE: { resource: PackageResource; percent: number; left: number };
  /** The catalogue's names in both languages, as they were at the change. */
  CHANGE_CONFIRMED: { change: ChangeKind; name: string; nameEn: string; charged: number };
};

const num = (value: unknown) => (typeof value === "number" && Number.isFinite(value) ? value : 0);

/** A notice in the reader's language, the same words in the portal and in the SMS or e-mail. */
export function noticeText(t: Translate, locale: Locale, notice: { kind: NoticeKind; params: unknown }): string {
  const params = (notice.params ?? {}) as Record<string, unknown>;
  const money = (value: unknown) => formatMoney(num(value), locale);
  switch (notice.kind) {
    case "LOW_BALANCE":
      return t("notices.textLOW_BALANCE", { balance: money(params.balance), days: num(params.days) });
    case "DEBT_BLOCK":
      return t("notices.textDEBT_BLOCK", { balance: money(params.balance) });
    case "PROMISED_PAYMENT_DUE": {
      const dueAt = typeof params.dueAt === "string" ? new Date(params.dueAt) : new Date(NaN);
      const date = Number.isNaN(dueAt.getTime())
        ? "—"
        : dueAt.toLocaleString(locale, {
            day: "numeric",
            month: "long",
            hour: "2-digit",
            minute: "2-digit",
            timeZone: TIME_ZONE,
          });
      return t("notices.textPROMISED_PAYMENT_DUE", { amount: money(params.amount), date });
    }
    case "AUTOPAY_MADE":
      return t(params.trigger === "MONTHLY" ? "notices.textAUTOPAY_MADE_MONTHLY" : "notices.textAUTOPAY_MADE", {
        amount: money(params.amount),
      });
    case "AUTOPAY_DECLINED":
      return t("notices.textAUTOPAY_DECLINED", { amount: money(params.amount), attempts: num(params.attempts) });
    case "PACKAGE_USAGE": {
      const resource = params.resource === "minutes" || params.resource === "sms" ? params.resource : "mb";
      const percent = num(params.percent);
      return t("notices.textPACKAGE_USAGE", {
        resource,
        percent,
        full: percent >= 100 ? "yes" : "no",
        left: formatPackageAmount(t, resource, num(params.left)),
      });
    }
    case "CHANGE_CONFIRMED": {
      const name = String((locale === "ru" ? params.name : params.nameEn) ?? "");
      const charged = num(params.charged);
      const text = t("notices.textCHANGE_CONFIRMED", { change: String(params.change), name });
      return charged > 0 ? `${text} ${t("notices.charged", { amount: money(charged) })}` : text;
    }
  }
}
