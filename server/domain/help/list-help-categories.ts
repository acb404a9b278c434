import type { Db } from "@/server/db-client";
import type { Locale } from "@/i18n/locales";
import { categoryOrder } from "./categories";

export interface HelpCategoryListing {
  code: string;
  articles: Array<{ slug: string; title: string }>;
}

/** Published articles grouped by category, categories in their fixed order, titles alphabetical. */
export async function listHelpCategories(db: Db, locale: Locale): Promise<HelpCategoryListing[]> {
  const en = locale === "en";
  const articles = await db.helpArticle.findMany({
    where: { isPublished: true },
    select: { slug: true, category: true, title: true, titleEn: true },
  });
  const byCategory = new Map<string, HelpCategoryListing>();
  for (const a of articles) {
    const listing = byCategory.get(a.category) ?? { code: a.category, articles: [] };
    listing.articles.push({ slug: a.slug, title: en ? a.titleEn : a.title });
    byCategory.set(a.category, listing);
  }
  const collator = new Intl.Collator(en ? "en" : "ru");
  const listings = [...byCategory.values()];
  for (const listing of listings) listing.articles.sort((x, y) => collator.compare(x.title, y.title));
  return listings.sort((x, y) => categoryOrder(x.code) - categoryOrder(y.code) || x.code.localeCompare(y.code));
}
