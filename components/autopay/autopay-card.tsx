import type { AutopayState } from "@/server/domain/autopay/autopay-settings";
import { formatMoney } from "@/i18n/format";
import { getTranslator } from "@/i18n/server";
import { cardClasses } from "@/components/ui/card";
import { noticeClasses } from "@/components/ui/notice";
import { cn } from "@/components/ui/cn";
import { AutopayForm } from "./autopay-form";

const moscowDate = {
  day: "numeric",
  month: "long",
  hour: "2-digit",
  minute: "2-digit",
  timeZone: "Europe/Moscow",
} as const;

/** The saved card, the rules, and what the last autopay did (went through, retried, declined, cancelled). */
export async function AutopayCard({
  state,
  maxAttempts,
  demo,
}: {
  state: AutopayState;
  maxAttempts: number;
  demo: boolean;
}) {
  const { locale, t } = await getTranslator();
  const { lastRun } = state;
  const amount = lastRun ? formatMoney(lastRun.amount, locale) : "";
  const last = !lastRun
    ? null
    : lastRun.status === "PENDING"
      ? lastRun.attempts === 0
        ? { tone: "info" as const, text: t("autopay.lastRUNNING", { amount }) }
        : {
            tone: "warning" as const,
            text: t("autopay.lastRETRY", {
              amount,
              date: lastRun.nextAttemptAt.toLocaleString(locale, moscowDate),
              attempt: lastRun.attempts + 1,
              max: maxAttempts,
            }),
          }
      : lastRun.status === "SUCCEEDED"
        ? {
            tone: "success" as const,
            text: t("autopay.lastSUCCEEDED", { amount, date: lastRun.updatedAt.toLocaleString(locale, moscowDate) }),
          }
        : lastRun.status === "DECLINED"
          ? { tone: "danger" as const, text: t("autopay.lastDECLINED", { amount, attempts: lastRun.attempts }) }
          : { tone: "info" as const, text: t("autopay.lastCANCELLED", { amount }) };
  return (
    <section
      id="autopay"
      aria-labelledby="autopay-title"
      data-testid="autopay"
      className={cn(cardClasses(), "scroll-mt-4")}
    >
      <h2 id="autopay-title" className="text-heading">
        {t("autopay.title")}
      </h2>
      <p className="mt-1 text-sm text-muted">{t("autopay.lead")}</p>
      {last && (
        <p className={cn(noticeClasses({ tone: last.tone }), "mt-3 text-sm")} data-testid="autopay-last-run">
          {last.text}
        </p>
      )}
      <AutopayForm state={state} demo={demo} />
    </section>
  );
}
