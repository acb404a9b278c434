import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { requireStaffWithRole } from "@/server/auth/session";
import { createServerCaller } from "@/server/api/server-caller";
import { getTranslator } from "@/i18n/server";
import { ClientMessages } from "@/i18n/client-messages";
import { metricFormat } from "@/i18n/metric-format";
import { moscowDayStart } from "@/server/domain/payments/ledger-period";
import { dailyFigures } from "@/server/reports/daily-report-figures";
import { DailyOptIn } from "@/components/reports/daily-opt-in";
import { cardClasses } from "@/components/ui/card";
import { buttonClasses } from "@/components/ui/button";
import { controlClasses } from "@/components/ui/field";
import { cn } from "@/components/ui/cn";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("reports.title") };
}

type SearchParams = Record<string, string | string[] | undefined>;

/** Yesterday's quality (or a chosen Moscow day): the metrics page's figures for that day, the worst chats, overdue follow-ups. */
export default async function DailyReportPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requireStaffWithRole("/admin/reports/daily", ["SUPERVISOR", "ADMIN"]);
  const { locale, t } = await getTranslator();
  const f = metricFormat(locale, t);
  const asked = (await searchParams).day;
  const day = typeof asked === "string" && moscowDayStart(asked) ? asked : undefined;
  const caller = await createServerCaller();
  const report = await caller.reports.daily(day ? { day } : {});
  const optIn = await caller.reports.dailyOptIn();
  const card = cardClasses({ padding: "sm" });
  return (
    <ClientMessages namespaces={["reports"]}>
      <div className="space-y-4">
        <header>
          <h1 className="text-title">{t("reports.title")}</h1>
          <p className="mt-1 text-sm text-muted" data-testid="daily-report-day">
            {t("reports.lead", { day: f.day(report.day, "long") })}
          </p>
        </header>
        <form className="flex flex-wrap items-end gap-2" method="get">
          <label className="text-sm">
            {t("reports.dayLabel")}
            <input type="date" name="day" defaultValue={report.day} className={cn(controlClasses, "text-sm")} />
          </label>
          <button type="submit" className={buttonClasses({ variant: "secondary" })}>
            {t("reports.show")}
          </button>
          {typeof asked === "string" && !day && (
            <p role="alert" className="text-sm text-danger">
              {t("reports.badDay")}
            </p>
          )}
        </form>
        {report.empty ? (
          <p className={card} data-testid="daily-report-empty">
            {t("reports.empty")}
          </p>
        ) : (
          <ul className="grid grid-cols-1 gap-3 min-[400px]:grid-cols-2 lg:grid-cols-4" data-testid="daily-report">
            {dailyFigures(report, locale, t).map((figure) => (
              <li key={figure.id} className={card} data-testid={`daily-${figure.id}`}>
                <h2 className="text-sm font-medium text-muted">{t(figure.label)}</h2>
                <p className="mt-1 text-2xl font-bold">{figure.value}</p>
              </li>
            ))}
          </ul>
        )}
        <p className="text-sm" data-testid="daily-overdue-now">
          <Link href="/admin/follow-ups" className="text-brand-ink underline">
            {t("reports.overdueNow", { count: report.overdueFollowUps })}
          </Link>
        </p>
        <section className={card} aria-labelledby="daily-worst">
          <h2 id="daily-worst" className="text-heading">
            {t("reports.worstTitle")}
          </h2>
          {report.worst.length === 0 ? (
            <p className="mt-1 text-sm text-muted">{t("reports.noWorst")}</p>
          ) : (
            <ol className="mt-2 list-decimal space-y-1 pl-5 text-sm">
              {report.worst.map((w) => (
                <li key={w.chatId}>
                  {t("reports.worstLine", { score: w.score, nps: w.npsScore ?? t("metrics.noValue") })}
                  {w.comment && <q className="ml-1 text-muted">{w.comment}</q>}
                  {w.followUpId && (
                    <Link href={`/admin/follow-ups/${w.followUpId}`} className="ml-2 text-brand-ink underline">
                      {t("reports.open")}
                    </Link>
                  )}
                </li>
              ))}
            </ol>
          )}
        </section>
        <DailyOptIn optIn={optIn} />
      </div>
    </ClientMessages>
  );
}
