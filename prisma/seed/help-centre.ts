// The demo help centre: ~30 articles in Russian and English. Idempotent by slug, so it can run
// on every start and an article edited by an admin is never overwritten.
import type { Db } from "@/server/db-client";
import type { Prisma } from "@/server/generated/prisma/client";
import type { HelpCategory } from "@/server/domain/help/categories";
import { HELP_ARTICLES_1 } from "./help-articles-1";
import { HELP_ARTICLES_2 } from "./help-articles-2";

export interface HelpArticleDef {
  slug: string;
  category: HelpCategory;
  title: string;
  titleEn: string;
  /** Paragraphs; stored joined by blank lines. */
  body: string[];
  bodyEn: string[];
}

export const HELP_ARTICLES: HelpArticleDef[] = [...HELP_ARTICLES_1, ...HELP_ARTICLES_2];

/** Accepts the client or a transaction, so seedDemo can call it inside its own transaction. */
export async function seedHelpCentre(db: Db | Prisma.TransactionClient): Promise<void> {
  await db.helpArticle.createMany({
    data: HELP_ARTICLES.map((a) => ({
      slug: a.slug,
      category: a.category,
      title: a.title,
      titleEn: a.titleEn,
      body: a.body.join("\n\n"),
      bodyEn: a.bodyEn.join("\n\n"),
    })),
    skipDuplicates: true,
  });
  // Each new article's history starts at version 1, as the editor would have saved it.
  const fresh = await db.helpArticle.findMany({ where: { versions: { none: {} } } });
  await db.helpArticleVersion.createMany({
    data: fresh.map((a) => ({
      articleId: a.id,
      version: a.version,
      slug: a.slug,
      title: a.title,
      titleEn: a.titleEn,
      body: a.body,
      bodyEn: a.bodyEn,
      category: a.category,
      isPublished: a.isPublished,
      createdAt: a.createdAt,
    })),
  });
}
