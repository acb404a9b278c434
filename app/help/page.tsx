import type { Metadata } from "next";
import { HelpCategories } from "@/components/help/help-categories";
import { HelpSearchForm } from "@/components/help/help-search-form";
import { HelpSearchResults } from "@/components/help/help-search-results";
import { BannerSlot } from "@/components/banners/banner-slot";
import { createServerCaller } from "@/server/api/server-caller";
import { helpPageNumber, MAX_HELP_QUERY_LENGTH } from "@/server/domain/help/help-query";
import { getTranslator } from "@/i18n/server";
import { ClientMessages } from "@/i18n/client-messages";

export const dynamic = "force-dynamic";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

function readParams(params: Awaited<SearchParams>) {
  const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);
  return { query: (first(params.q) ?? "").trim(), page: helpPageNumber(first(params.page)) };
}

export async function generateMetadata({ searchParams }: { searchParams: SearchParams }): Promise<Metadata> {
  const { t } = await getTranslator();
  const { query } = readParams(await searchParams);
  return { title: query ? t("help.resultsFor", { query: query.slice(0, 60) }) : t("help.title") };
}

/** The public help centre: search with Russian morphology, or browse by category. */
export default async function HelpPage({ searchParams }: { searchParams: SearchParams }) {
  const { t } = await getTranslator();
  const { query, page } = readParams(await searchParams);
  const caller = await createServerCaller();
  const tooLong = query.length > MAX_HELP_QUERY_LENGTH;
  const [result, categories] = await Promise.all([
    query && !tooLong ? caller.help.search({ query, page }) : null,
    // Browsing is the fallback whenever there are no results to show.
    caller.help.categories(),
  ]);
  const showCategories = !result || result.items.length === 0;
  return (
    <ClientMessages namespaces={["help"]}>
      <div className="space-y-6">
        <header className="space-y-3">
          <h1 className="text-title sm:text-3xl">{t("help.title")}</h1>
          <p className="text-muted">{t("help.lead")}</p>
          <HelpSearchForm query={tooLong ? query.slice(0, MAX_HELP_QUERY_LENGTH) : query} />
          {tooLong && (
            <p role="alert" className="text-danger">
              {t("help.tooLong", { max: MAX_HELP_QUERY_LENGTH })}
            </p>
          )}
        </header>
        <BannerSlot placement="HELP_CENTRE" />
        {result && <HelpSearchResults result={result} />}
        {showCategories && <HelpCategories categories={categories} />}
      </div>
    </ClientMessages>
  );
}
