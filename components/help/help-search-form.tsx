import { getTranslator } from "@/i18n/server";
import { MAX_HELP_QUERY_LENGTH } from "@/server/domain/help/help-query";
import { buttonClasses } from "@/components/ui/button";
import { controlClasses } from "@/components/ui/field";
import { cn } from "@/components/ui/cn";

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
        className={cn(controlClasses, "mt-0 w-auto min-w-0 flex-1 basis-56")}
      />
      <button type="submit" className={buttonClasses()}>
        {t("help.searchSubmit")}
      </button>
    </form>
  );
}
