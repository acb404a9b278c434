import type { Db } from "@/server/db-client";
import type { Locale } from "@/i18n/locales";

/** The published article an editor linked to this phrasing, in the reader's language; null when none. */
export async function findLinkedArticle(db: Db, normalized: string, locale: Locale) {
  if (!normalized) return null;
  const link = await db.botAnswerLink.findUnique({
    where: { normalized },
    select: { article: { select: { id: true, slug: true, title: true, titleEn: true, isPublished: true } } },
  });
  const article = link?.article;
  if (!article?.isPublished) return null;
  return { id: article.id, slug: article.slug, title: locale === "en" ? article.titleEn : article.title };
}
