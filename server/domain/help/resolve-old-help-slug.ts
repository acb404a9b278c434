import type { Db } from "@/server/db-client";

/** The current address of an article that once had `slug`, if it is published; null otherwise. */
export async function resolveOldHelpSlug(db: Db, slug: string): Promise<string | null> {
  const old = await db.helpArticleOldSlug.findUnique({
    where: { slug },
    select: { article: { select: { slug: true, isPublished: true } } },
  });
  return old?.article.isPublished ? old.article.slug : null;
}
