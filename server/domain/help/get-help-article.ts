import type { Db } from "@/server/db-client";
import { AppError } from "@/server/domain/errors";
import type { HelpArticle } from "@/server/generated/prisma/client";
import type { Locale } from "@/i18n/locales";

export interface LocalizedHelpArticle {
  id: string;
  slug: string;
  category: string;
  title: string;
  /** Markdown, rendered with raw HTML escaped (components/help/render-markdown.ts). */
  body: string;
  updatedAt: Date;
}

/** A published article by slug; unpublished ones are as good as missing to readers. */
export async function getHelpArticle(db: Db, slug: string): Promise<HelpArticle> {
  const article = await db.helpArticle.findUnique({ where: { slug } });
  if (!article || !article.isPublished) throw new AppError("NOT_FOUND");
  return article;
}

export function localizeHelpArticle(article: HelpArticle, locale: Locale): LocalizedHelpArticle {
  const body = locale === "en" ? article.bodyEn : article.body;
  return {
    id: article.id,
    slug: article.slug,
    category: article.category,
    title: locale === "en" ? article.titleEn : article.title,
    body,
    updatedAt: article.updatedAt,
  };
}
