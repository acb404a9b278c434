import type { Db } from "@/server/db-client";
import type { StaffPrincipal } from "@/server/auth/principal";
import { AppError } from "@/server/domain/errors";
import { writeAuditEntry } from "@/server/domain/audit/write-audit-entry";

/**
 * From now on the bot answers this phrasing (and every wording that normalizes the same) with the article.
 * Linking again moves the phrasing to another article; `articleId: null` removes the link.
 */
export async function linkQuestionToArticle(
  db: Db,
  actor: StaffPrincipal,
  input: { normalized: string; articleId: string | null },
) {
  return db.$transaction(async (tx) => {
    const before = await tx.botAnswerLink.findUnique({ where: { normalized: input.normalized } });
    if (input.articleId === null) {
      if (!before) throw new AppError("NOT_FOUND");
      await tx.botAnswerLink.delete({ where: { normalized: input.normalized } });
    } else {
      const asked = await tx.botQuestion.findFirst({ where: { normalized: input.normalized }, select: { id: true } });
      const article = await tx.helpArticle.findUnique({ where: { id: input.articleId }, select: { id: true } });
      if (!asked || !article) throw new AppError("NOT_FOUND");
      await tx.botAnswerLink.upsert({
        where: { normalized: input.normalized },
        create: { normalized: input.normalized, articleId: article.id, createdById: actor.staffId },
        update: { articleId: article.id, createdById: actor.staffId },
      });
    }
    await writeAuditEntry(tx, {
      actor,
      action: input.articleId === null ? "botAnswer.unlink" : "botAnswer.link",
      entityType: "BotAnswerLink",
      entityId: input.normalized,
      details: {
        before: before ? { articleId: before.articleId } : null,
        after: input.articleId ? { articleId: input.articleId } : null,
      },
    });
    return { normalized: input.normalized, articleId: input.articleId };
  });
}
