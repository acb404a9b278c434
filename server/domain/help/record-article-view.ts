import type { Db } from "@/server/db-client";
import { MAX_HELP_QUERY_LENGTH } from "./help-query";

/** Reloads and back-and-forth within this window count as one read. */
export const VIEW_DEDUP_WINDOW_MS = 60 * 60 * 1000;

interface ArticleView {
  articleId: string;
  accountId: string | null;
  sessionKey: string;
  /** The search that led to the article, if any. */
  query?: string | null;
  at?: Date;
}

/**
 * Counts a read of an article: at most one per browser session and article per hour. The
 * advisory lock makes the check-then-insert safe when two requests of one session race.
 */
export async function recordArticleView(db: Db, view: ArticleView): Promise<{ recorded: boolean }> {
  const at = view.at ?? new Date();
  const query = view.query?.trim().slice(0, MAX_HELP_QUERY_LENGTH) || null;
  return db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${view.sessionKey}), hashtext(${view.articleId}))`;
    const recent = await tx.helpArticleView.findFirst({
      where: {
        articleId: view.articleId,
        sessionKey: view.sessionKey,
        createdAt: { gt: new Date(at.getTime() - VIEW_DEDUP_WINDOW_MS) },
      },
      select: { id: true },
    });
    if (recent) return { recorded: false };
    await tx.helpArticleView.create({
      data: { articleId: view.articleId, accountId: view.accountId, sessionKey: view.sessionKey, query, createdAt: at },
    });
    return { recorded: true };
  });
}
