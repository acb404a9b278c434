import type { Db } from "@/server/db-client";
import { AppError } from "@/server/domain/errors";
import type { Hint } from "@/server/generated/prisma/client";

function editedFields(h: Hint) {
  return {
    id: h.id,
    text: h.text,
    textEn: h.textEn,
    pages: h.pages,
    condition: h.condition,
    failedAction: h.failedAction,
    priority: h.priority,
    opensChat: h.opensChat,
    archived: !h.isActive,
  };
}

/** Every hint with how its readers rated it: helped / did not help, from the subscribers' feedback. */
export async function listHintsForEditors(db: Db) {
  const [hints, feedback] = await Promise.all([
    db.hint.findMany({
      orderBy: [{ isActive: "desc" }, { priority: "desc" }, { createdAt: "asc" }],
      include: { article: { select: { title: true, titleEn: true } } },
    }),
    db.hintFeedback.groupBy({ by: ["hintId", "helpful"], _count: { _all: true } }),
  ]);
  const votes = (hintId: string, helpful: boolean) =>
    feedback.find((f) => f.hintId === hintId && f.helpful === helpful)?._count._all ?? 0;
  return hints.map((h) => {
    const helped = votes(h.id, true);
    const notHelped = votes(h.id, false);
    return {
      ...editedFields(h),
      article: h.article,
      helped,
      notHelped,
      /** Share of "helped" among the votes; null before the first vote. */
      helpedRate: helped + notHelped > 0 ? helped / (helped + notHelped) : null,
    };
  });
}

/** One hint as the editor's form starts from it, with the version its save must carry. */
export async function getHintForEditing(db: Db, hintId: string) {
  const h = await db.hint.findUnique({ where: { id: hintId } });
  if (!h) throw new AppError("NOT_FOUND");
  return { ...editedFields(h), articleId: h.articleId, version: h.version };
}

/** Articles a hint may link to. */
export async function listHintArticleChoices(db: Db) {
  return db.helpArticle.findMany({ orderBy: { title: "asc" }, select: { id: true, title: true, titleEn: true } });
}

export type EditorHint = Awaited<ReturnType<typeof listHintsForEditors>>[number];
export type HintForEditing = Awaited<ReturnType<typeof getHintForEditing>>;
export type HintArticleChoice = Awaited<ReturnType<typeof listHintArticleChoices>>[number];
