import Link from "next/link";
import type { MetricsDays, MetricsPeriodProblem } from "@/server/domain/metrics/metrics-range";
import { getTranslator } from "@/i18n/server";

/** A plain GET form: the period ends up in the URL and works without JavaScript. */
export async function MetricsFilter({
  days,
  problem,
}: {
  days: MetricsDays;
  problem: { field: "from" | "to"; problem: MetricsPeriodProblem } | null;
}) {
  const { t } = await getTranslator();
  const input = "mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2";
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
      className="grid gap-3 rounded-xl bg-white p-4 ring-1 ring-slate-200 sm:grid-cols-[1fr_1fr_auto] sm:items-end"
    >
      {field("from")}
      {field("to")}
      <div className="flex flex-wrap gap-2">
        <button
          type="submit"
          className="rounded-md bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700"
        >
          {t("metrics.apply")}
        </button>
        <Link href="/admin/metrics" className="rounded-md border border-slate-300 px-4 py-2 text-sm hover:bg-slate-100">
          {t("metrics.reset")}
        </Link>
      </div>
      {problem && (
        <p id="metrics-period-problem" role="alert" className="text-sm text-red-700 sm:col-span-3">
          {t(`metrics.period${problem.problem}`)} {t("metrics.periodIgnored")}
        </p>
      )}
    </form>
  );
}
