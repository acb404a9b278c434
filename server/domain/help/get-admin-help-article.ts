import type { Db } from "@/server/db-client";
import { AppError } from "@/server/domain/errors";

export interface ArticleVersionRow {
  version: number;
  slug: string;
  title: string;
  isPublished: boolean;
  authorName: string | null;
  createdAt: Date;
}

/** One article for its editor: every field, its old addresses and its history, newest first. */
export async function getAdminHelpArticle(db: Db, articleId: string) {
  const article = await db.helpArticle.findUnique({
    where: { id: articleId },
    include: {
      versions: { orderBy: { version: "desc" } },
      oldSlugs: { orderBy: { createdAt: "desc" }, select: { slug: true } },
    },
  });
  if (!article) throw new AppError("NOT_FOUND");
  const authorIds = [...new Set(article.versions.map((v) => v.authorStaffId).filter((id): id is string => !!id))];
  const authors = await db.staffUser.findMany({
    where: { id: { in: authorIds } },
    select: { id: true, fullName: true },
  });
  const nameOf = new Map(authors.map((a) => [a.id, a.fullName]));
  const { versions, oldSlugs, ...fields } = article;
  return {
    ...fields,
    oldSlugs: oldSlugs.map((s) => s.slug),
    versions: versions.map((v): ArticleVersionRow => ({
      version: v.version,
      slug: v.slug,
      title: v.title,
      isPublished: v.isPublished,
      authorName: v.authorStaffId ? (nameOf.get(v.authorStaffId) ?? null) : null,
      createdAt: v.createdAt,
    })),
  };
}

export type AdminHelpArticle = Awaited<ReturnType<typeof getAdminHelpArticle>>;
