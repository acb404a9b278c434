import { Link } from "@/components/ui/link";
import type { AdminArticleRow } from "@/server/domain/help/list-admin-help-articles";
import { ADMIN_ARTICLES_PAGE_SIZE } from "@/server/domain/help/article-limits";
import { getTranslator } from "@/i18n/server";
import { formatMoscow } from "@/components/banners/admin/moscow-time";
import { categoryLabel } from "@/components/help/category-label";
import { Badge } from "@/components/ui/badge";
import { cardClasses } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import type { ArticleListFilter } from "./article-filter";

const th = "px-4 py-2";

function pageHref(filter: ArticleListFilter, page: number) {
  const params = new URLSearchParams({ ...(filter.query ? { q: filter.query } : {}), status: filter.status });
  params.set("page", String(page));
  return `/admin/help?${params.toString()}`;
}

/** The editors' articles, newest change first; the title opens the editor. */
export async function ArticleTable({
  result,
  filter,
}: {
  result: { total: number; items: AdminArticleRow[] };
  filter: ArticleListFilter;
}) {
  const { locale, t } = await getTranslator();
  if (result.total === 0) return <p className="text-slate-600">{t("helpAdmin.empty")}</p>;
  const pages = Math.ceil(result.total / ADMIN_ARTICLES_PAGE_SIZE);
  return (
    <>
      <p className="text-sm text-slate-600">{t("helpAdmin.count", { count: result.total })}</p>
      <div
        role="region"
        aria-labelledby="help-admin-title"
        tabIndex={0}
        className={cn(cardClasses({ padding: "none" }), "overflow-x-auto focus:outline-2 focus:outline-brand-600")}
      >
        <table className="w-full text-left text-sm" data-testid="article-table">
          <thead className="bg-slate-50 text-slate-600">
            <tr>
              <th scope="col" className={th}>
                {t("helpAdmin.table.article")}
              </th>
              <th scope="col" className={th}>
                {t("helpAdmin.table.status")}
              </th>
              <th scope="col" className={th}>
                {t("helpAdmin.table.category")}
              </th>
              <th scope="col" className={th}>
                {t("helpAdmin.table.updated")}
              </th>
              <th scope="col" className={cn(th, "text-right")}>
                {t("helpAdmin.table.version")}
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {result.items.map((a) => (
              <tr key={a.id}>
                <td className="min-w-48 px-4 py-2 align-top">
                  <Link href={`/admin/help/${a.id}`} className="font-medium break-words text-brand-700 hover:underline">
                    {locale === "en" ? a.titleEn : a.title}
                  </Link>
                  <p className="text-xs break-all text-slate-500">/help/{a.slug}</p>
                </td>
                <td className="px-4 py-2 align-top">
                  <Badge tone={a.isPublished ? "success" : "neutral"} className="whitespace-nowrap">
                    {t(a.isPublished ? "helpAdmin.status.published" : "helpAdmin.status.draft")}
                  </Badge>
                </td>
                <td className="px-4 py-2 align-top">{categoryLabel(a.category, t)}</td>
                <td className="px-4 py-2 align-top whitespace-nowrap">
                  <time dateTime={a.updatedAt.toISOString()}>{formatMoscow(a.updatedAt, locale)}</time>
                </td>
                <td className="px-4 py-2 text-right align-top">{a.version}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {pages > 1 && (
        <nav className="flex items-center gap-4 text-sm" aria-label={t("helpAdmin.page", { page: filter.page, pages })}>
          {filter.page > 1 && (
            <Link href={pageHref(filter, filter.page - 1)} className="text-brand-700 hover:underline">
              {t("helpAdmin.previous")}
            </Link>
          )}
          <span>{t("helpAdmin.page", { page: filter.page, pages })}</span>
          {filter.page < pages && (
            <Link href={pageHref(filter, filter.page + 1)} className="text-brand-700 hover:underline">
              {t("helpAdmin.next")}
            </Link>
          )}
        </nav>
      )}
    </>
  );
}
