import type { Locale } from "@/i18n/locales";
import { helpPageNumber, MAX_HELP_QUERY_LENGTH } from "@/server/domain/help/help-query";

/**
 * A rendered page carrying this attribute is served but not kept. The help search marks "nothing found" with it:
 * such a query is mostly a one-off (a typo, or a run of random words sent to bust the cache), and keeping it would
 * push out pages that are asked for again. Page text cannot forge it: React escapes the quotes of text.
 */
export const NOT_KEPT_ATTRIBUTE = "data-page-cache-skip";
export const isMarkedNotKept = (html: string) => html.includes(`${NOT_KEPT_ATTRIBUTE}="`);

/**
 * The one spelling of the page a visitor's request shows, or null when it is not cached. Variants that render the
 * same page share one entry, so a cache-busting suffix (a parameter the page ignores, spaces, capitals) costs no
 * memory: the page is rendered from this spelling (the visitor's address bar keeps theirs).
 */
export function cacheablePage(pathname: string, search: string, locale: Locale): string | null {
  if (pathname === "/") return "/"; // the landing reads no parameter
  if (pathname !== "/help") return null;
  const params = new URLSearchParams(search);
  const typed = (params.get("q") ?? "").trim();
  if (!typed) return "/help"; // browsing by category: the page number applies to results only
  // Full-text search ignores case and runs of spaces, so these variants find the same articles.
  const query = typed.replace(/\s+/g, " ").toLocaleLowerCase(locale);
  // An overlong query gets the page's refusal: an error page that nobody asks for twice is not kept.
  if (typed.length > MAX_HELP_QUERY_LENGTH || query.length > MAX_HELP_QUERY_LENGTH) return null;
  const normal = new URLSearchParams({ q: query });
  const page = helpPageNumber(params.get("page"));
  if (page > 1) normal.set("page", String(page));
  return `/help?${normal}`;
}
