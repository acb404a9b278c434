import type { Db } from "@/server/db-client";
import type { StaffPrincipal } from "@/server/auth/principal";
import { AppError } from "@/server/domain/errors";
import { isHelpCategory } from "./categories";
import { updateHelpArticle } from "./save-help-article";

/** Brings back an earlier version's text as a new version (history is never rewritten). */
export async function restoreHelpArticleVersion(
  db: Db,
  actor: StaffPrincipal,
  input: { articleId: string; restoreVersion: number; version: number },
) {
  const old = await db.helpArticleVersion.findUnique({
    where: { articleId_version: { articleId: input.articleId, version: input.restoreVersion } },
  });
  if (!old || !isHelpCategory(old.category)) throw new AppError("NOT_FOUND");
  return updateHelpArticle(
    db,
    actor,
    {
      articleId: input.articleId,
      version: input.version,
      slug: old.slug,
      category: old.category,
      title: old.title,
      titleEn: old.titleEn,
      body: old.body,
      bodyEn: old.bodyEn,
      isPublished: old.isPublished,
    },
    "helpArticle.restore",
  );
}
