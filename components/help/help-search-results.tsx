import { Link } from "@/components/ui/link";
import { chipClasses } from "@/components/ui/chip";
import type { HelpSearchResult } from "@/server/domain/help/search-help-articles";
import { NOT_KEPT_ATTRIBUTE } from "@/server/http/page-cache-key";
import { getTranslator } from "@/i18n/server";
import { articleHref, categoryLabel, searchHref } from "./category-label";
import { HighlightedText } from "./highlighted-text";
import { cardClasses } from "@/components/ui/card";
import { buttonClasses } from "@/components/ui/button";

type Results = HelpSearchResult & { page: number; pageSize: number };

export async function HelpSearchResults({ result }: { result: Results }) {
  const { t } = await getTranslator();
  if (result.items.length === 0) return <NothingFound query={result.query} />;
  const pages = Math.max(1, Math.ceil(result.total / result.pageSize));
  return (
    <section aria-labelledby="help-results-title" className="space-y-4">
      <div>
        <h2 id="help-results-title" className="break-words text-xl font-semibold">
          {t("help.resultsFor", { query: result.query })}
        </h2>
        <p className="mt-1 text-sm text-muted">{t("help.resultsCount", { count: result.total })}</p>
        {result.relaxed && <p className="mt-2 text-sm text-muted">{t("help.relaxed")}</p>}
      </div>
      <ol className="space-y-3" data-testid="help-results">
        {result.items.map((item) => (
          <li key={item.slug} className={cardClasses({ padding: "sm" })}>
            <h3 className="text-heading break-words">
              <Link href={articleHref(item.slug, result.query)} className="text-brand-ink hover:underline">
                <HighlightedText segments={item.titleSegments} />
              </Link>
            </h3>
            <p className="text-xs uppercase tracking-wide text-muted">{categoryLabel(item.category, t)}</p>
            <p className="mt-2 break-words text-muted">
              <HighlightedText segments={item.snippet} />
            </p>
          </li>
        ))}
      </ol>
      {pages > 1 && (
        <nav aria-label={t("help.pagination")} className="flex flex-wrap items-center gap-3 text-sm">
          {result.page > 1 && (
            <Link
              href={searchHref(result.query, result.page - 1)}
              className={buttonClasses({ variant: "secondary", size: "sm" })}
            >
              {t("help.previousPage")}
            </Link>
          )}
          <span className="text-muted">{t("help.pageOf", { page: result.page, pages })}</span>
          {result.page < pages && (
            <Link
              href={searchHref(result.query, result.page + 1)}
              className={buttonClasses({ variant: "secondary", size: "sm" })}
            >
              {t("help.nextPage")}
            </Link>
          )}
        </nav>
      )}
    </section>
  );
}

async function NothingFound({ query }: { query: string }) {
  const { t } = await getTranslator();
  return (
    // Not kept by the public page cache (server/http/page-cache-key.ts): a query that finds nothing is rarely repeated.
    <section aria-labelledby="help-nothing-title" className={cardClasses()} {...{ [NOT_KEPT_ATTRIBUTE]: "" }}>
      <h2 id="help-nothing-title" className="break-words text-xl font-semibold">
        {t("help.nothingFound", { query })}
      </h2>
      <p className="mt-2 text-muted">{t("help.nothingFoundHint")}</p>
      <ul className="mt-3 flex flex-wrap gap-2">
        {t("help.suggestions")
          .split(", ")
          .map((suggestion) => (
            <li key={suggestion}>
              <Link href={searchHref(suggestion)} className={chipClasses()}>
                {suggestion}
              </Link>
            </li>
          ))}
      </ul>
    </section>
  );
}
