import { getTranslator } from "@/i18n/server";
import type { ArticleStatusFilter } from "@/server/domain/help/list-admin-help-articles";
import { buttonClasses } from "@/components/ui/button";
import { controlClasses } from "@/components/ui/field";
import { cn } from "@/components/ui/cn";

export interface ArticleListFilter {
  query: string;
  status: ArticleStatusFilter;
  page: number;
}

const STATUSES: ArticleStatusFilter[] = ["all", "published", "draft"];

/** Plain GET form: the filter lives in the address and works without JavaScript. */
export async function ArticleFilter({ filter }: { filter: ArticleListFilter }) {
  const { t } = await getTranslator();
  return (
    <form method="get" className="flex flex-wrap items-end gap-3 text-sm" role="search">
      <div className="min-w-0 grow sm:grow-0">
        <label htmlFor="article-filter-query" className="font-medium">
          {t("helpAdmin.filter.query")}
        </label>
        <input
          id="article-filter-query"
          name="q"
          type="search"
          maxLength={200}
          defaultValue={filter.query}
          className={cn(controlClasses, "text-sm sm:w-72")}
        />
      </div>
      <div>
        <label htmlFor="article-filter-status" className="font-medium">
          {t("helpAdmin.filter.status")}
        </label>
        <select
          id="article-filter-status"
          name="status"
          defaultValue={filter.status}
          className={cn(controlClasses, "w-auto text-sm")}
        >
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {s === "all" ? t("helpAdmin.filter.all") : t(`helpAdmin.status.${s}`)}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className={buttonClasses({ variant: "secondary" })}>
        {t("helpAdmin.filter.apply")}
      </button>
    </form>
  );
}

/** Reads the filter from the address; unknown values fall back to the defaults rather than being refused. */
export function readArticleFilter(params: Record<string, string | string[] | undefined>): ArticleListFilter {
  const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? "";
  const status = STATUSES.find((s) => s === one(params.status)) ?? "all";
  const page = Math.min(Math.max(Number.parseInt(one(params.page), 10) || 1, 1), 1000);
  return { query: one(params.q).trim().slice(0, 200), status, page };
}
