import { getTranslator } from "@/i18n/server";
import { MAX_HELP_QUERY_LENGTH } from "@/server/domain/help/help-query";

/** A plain GET form: search works without JavaScript and results have shareable URLs. */
export async function HelpSearchForm({ query }: { query: string }) {
  const { t } = await getTranslator();
  return (
    <form action="/help" method="get" role="search" className="flex flex-wrap gap-2">
      <label htmlFor="help-q" className="sr-only">
        {t("help.searchLabel")}
      </label>
      <input
        id="help-q"
        name="q"
        type="search"
        defaultValue={query}
        maxLength={MAX_HELP_QUERY_LENGTH}
        placeholder={t("help.searchPlaceholder")}
        autoComplete="off"
        className="min-w-0 flex-1 basis-56 rounded-md border border-slate-300 bg-white px-3 py-2"
      />
      <button type="submit" className="rounded-md bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700">
        {t("help.searchSubmit")}
      </button>
    </form>
  );
}
