import type { Translate } from "@/i18n/translator";
import { isHelpCategory } from "@/server/domain/help/categories";

export function categoryLabel(code: string, t: Translate): string {
  return isHelpCategory(code) ? t(`help.categories.${code}`) : t("help.otherCategory");
}

/** Article links carry the query that led to them, so the view is counted with it and "back" returns to the results. */
export function articleHref(slug: string, query?: string): string {
  const path = `/help/${encodeURIComponent(slug)}`;
  return query ? `${path}?${new URLSearchParams({ q: query })}` : path;
}

export function searchHref(query: string, page = 1): string {
  const params = new URLSearchParams({ q: query });
  if (page > 1) params.set("page", String(page));
  return `/help?${params}`;
}
