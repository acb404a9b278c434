import { Link } from "@/components/ui/link";
import type { LocalizedHelpArticle } from "@/server/domain/help/get-help-article";
import { getTranslator } from "@/i18n/server";
import { BackLink } from "@/components/ui/back-link";
import { categoryLabel, searchHref } from "./category-label";
import { cardClasses } from "@/components/ui/card";
import { MarkdownBody } from "./markdown-body";

/** One article: its Markdown body, and a way back to the results it was found in. */
export async function HelpArticleView({ article, query }: { article: LocalizedHelpArticle; query: string }) {
  const { t } = await getTranslator();
  return (
    <article className="mx-auto max-w-3xl space-y-4">
      <BackLink href={query ? searchHref(query) : "/help"}>
        {query ? t("help.backToResults") : t("help.backToHelp")}
      </BackLink>
      <header>
        <p className="text-xs uppercase tracking-wide text-muted">
          <Link href={`/help#category-${article.category}`} className="hover:underline">
            {categoryLabel(article.category, t)}
          </Link>
        </p>
        <h1 className="mt-1 break-words text-title sm:text-3xl">{article.title}</h1>
      </header>
      <MarkdownBody source={article.body} className={cardClasses()} testId="help-article-body" />
    </article>
  );
}
