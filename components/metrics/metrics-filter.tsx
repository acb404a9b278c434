import { Link } from "@/components/ui/link";
import type { MetricsDays, MetricsPeriodProblem } from "@/server/domain/metrics/metrics-range";
import { getTranslator } from "@/i18n/server";
import { buttonClasses } from "@/components/ui/button";
import { cardClasses } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { controlClasses } from "@/components/ui/field";

/** A plain GET form: the period ends up in the URL and works without JavaScript. */
export async function MetricsFilter({
  days,
  problem,
}: {
  days: MetricsDays;
  problem: { field: "from" | "to"; problem: MetricsPeriodProblem } | null;
}) {
  const { t } = await getTranslator();
  const input = controlClasses;
  const invalid = (field: "from" | "to") => problem?.field === field;
  const field = (name: "from" | "to") => (
    <label className="block text-sm">
      {t(`metrics.${name}`)}
      <input
        type="date"
        name={name}
        defaultValue={days[name]}
        required
        aria-invalid={invalid(name) || undefined}
        aria-describedby={invalid(name) ? "metrics-period-problem" : undefined}
        className={input}
      />
    </label>
  );
  return (
    <form
      action="/admin/metrics"
      method="get"
      aria-label={t("metrics.filters")}
      className={cn(cardClasses({ padding: "sm" }), "grid gap-3 sm:grid-cols-[1fr_1fr_auto] sm:items-end")}
    >
      {field("from")}
      {field("to")}
      <div className="flex flex-wrap gap-2">
        <button type="submit" className={buttonClasses()}>
          {t("metrics.apply")}
        </button>
        <Link href="/admin/metrics" className={buttonClasses({ variant: "secondary" })}>
          {t("metrics.reset")}
        </Link>
      </div>
      {problem && (
        <p id="metrics-period-problem" role="alert" className="text-sm text-danger sm:col-span-3">
          {t(`metrics.period${problem.problem}`)} {t("metrics.periodIgnored")}
        </p>
      )}
    </form>
  );
}
