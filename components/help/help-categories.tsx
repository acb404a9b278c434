import { Link } from "@/components/ui/link";
import type { HelpCategoryListing } from "@/server/domain/help/list-help-categories";
import { getTranslator } from "@/i18n/server";
import { articleHref, categoryLabel } from "./category-label";
import { cardClasses } from "@/components/ui/card";

export async function HelpCategories({ categories }: { categories: HelpCategoryListing[] }) {
  const { t } = await getTranslator();
  return (
    <section aria-labelledby="help-browse-title" className="space-y-4">
      <h2 id="help-browse-title" className="text-xl font-semibold">
        {t("help.browseTitle")}
      </h2>
      <div className="grid gap-4 sm:grid-cols-2">
        {categories.map((category) => (
          <section
            key={category.code}
            id={`category-${category.code}`}
            aria-labelledby={`category-${category.code}-title`}
            className={cardClasses({ padding: "sm" })}
          >
            <h3 id={`category-${category.code}-title`} className="font-semibold">
              {categoryLabel(category.code, t)}
            </h3>
            <ul className="mt-2 space-y-1.5">
              {category.articles.map((article) => (
                <li key={article.slug}>
                  <Link href={articleHref(article.slug)} className="break-words text-brand-ink hover:underline">
                    {article.title}
                  </Link>
                </li>
              ))}
            </ul>
          </section>
        ))}
      </div>
    </section>
  );
}
