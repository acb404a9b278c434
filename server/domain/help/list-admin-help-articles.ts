import type { Db } from "@/server/db-client";
import type { Prisma } from "@/server/generated/prisma/client";
import { ADMIN_ARTICLES_PAGE_SIZE } from "./article-limits";

export type ArticleStatusFilter = "all" | "published" | "draft";

export interface AdminArticleRow {
  id: string;
  slug: string;
  category: string;
  title: string;
  titleEn: string;
  isPublished: boolean;
  version: number;
  updatedAt: Date;
}

/** The editors' list: every article, drafts included, found by title (either language) or address. */
export async function listAdminHelpArticles(
  db: Db,
  input: { query: string; status: ArticleStatusFilter; page: number },
): Promise<{ total: number; items: AdminArticleRow[] }> {
  const query = input.query.trim();
  const where: Prisma.HelpArticleWhereInput = {
    ...(input.status === "all" ? {} : { isPublished: input.status === "published" }),
    ...(query
      ? {
          OR: [
            { title: { contains: query, mode: "insensitive" } },
            { titleEn: { contains: query, mode: "insensitive" } },
            { slug: { contains: query.toLowerCase() } },
          ],
        }
      : {}),
  };
  const [total, items] = await Promise.all([
    db.helpArticle.count({ where }),
    db.helpArticle.findMany({
      where,
      orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
      skip: (input.page - 1) * ADMIN_ARTICLES_PAGE_SIZE,
      take: ADMIN_ARTICLES_PAGE_SIZE,
      select: {
        id: true,
        slug: true,
        category: true,
        title: true,
        titleEn: true,
        isPublished: true,
        version: true,
        updatedAt: true,
      },
    }),
  ]);
  return { total, items };
}
