import type { Db } from "@/server/db-client";

export const UNANSWERED_GROUPS_LIMIT = 50;
const EXAMPLE_CHATS = 3;

export interface UnansweredGroup {
  normalized: string;
  /** Questions of the group the bot did not settle in the period. */
  count: number;
  /** The latest wording a subscriber used. */
  example: string;
  lastAskedAt: Date;
  /** The latest chats of the group with the wording each used. */
  examples: Array<{ chatId: string; text: string; askedAt: Date }>;
  /** What became of them: nothing found, "did not help", handed over. */
  nothingFound: number;
  notHelped: number;
  handedOver: number;
  linkedArticle: { id: string; slug: string; title: string } | null;
}

/**
 * The questions the bot found nothing for, that were marked "did not help" or that ended with a handover, grouped
 * by their normalized text, the most frequent first, since `since`.
 */
export async function listUnansweredQuestions(db: Db, since: Date): Promise<UnansweredGroup[]> {
  const rows = await db.$queryRaw<
    Array<{
      normalized: string;
      count: number;
      example: string;
      lastAskedAt: Date;
      chatIds: string[];
      texts: string[];
      times: Date[];
      nothingFound: number;
      notHelped: number;
      handedOver: number;
      articleId: string | null;
      slug: string | null;
      title: string | null;
    }>
  >`
    WITH unanswered AS (
      SELECT * FROM "BotQuestion" q
      WHERE q."createdAt" >= ${since} AND q."outcome" <> 'ANSWERED' AND q."normalized" <> ''
    ),
    grouped AS (
      SELECT u."normalized",
             COUNT(*)::int AS "count",
             (array_agg(u."text" ORDER BY u."createdAt" DESC))[1] AS "example",
             MAX(u."createdAt") AS "lastAskedAt",
             (array_agg(u."chatId" ORDER BY u."createdAt" DESC))[1:${EXAMPLE_CHATS}] AS "chatIds",
             (array_agg(u."text" ORDER BY u."createdAt" DESC))[1:${EXAMPLE_CHATS}] AS "texts",
             (array_agg(u."createdAt" ORDER BY u."createdAt" DESC))[1:${EXAMPLE_CHATS}] AS "times",
             COUNT(*) FILTER (WHERE u."outcome" = 'NOTHING_FOUND')::int AS "nothingFound",
             COUNT(*) FILTER (WHERE u."outcome" = 'NOT_HELPED')::int AS "notHelped",
             COUNT(*) FILTER (WHERE u."outcome" = 'HANDED_OVER')::int AS "handedOver"
      FROM unanswered u
      GROUP BY u."normalized"
    )
    SELECT g.*, a."id" AS "articleId", a."slug", a."title"
    FROM grouped g
    LEFT JOIN "BotAnswerLink" l ON l."normalized" = g."normalized"
    LEFT JOIN "HelpArticle" a ON a."id" = l."articleId"
    ORDER BY g."count" DESC, g."lastAskedAt" DESC
    LIMIT ${UNANSWERED_GROUPS_LIMIT}`;
  return rows.map((r) => ({
    normalized: r.normalized,
    count: Number(r.count),
    example: r.example,
    lastAskedAt: r.lastAskedAt,
    examples: r.chatIds
      .map((chatId, i) => ({ chatId, text: r.texts[i] ?? "", askedAt: new Date(r.times[i] ?? r.lastAskedAt) }))
      .filter((e, i, all) => all.findIndex((o) => o.chatId === e.chatId) === i),
    nothingFound: Number(r.nothingFound),
    notHelped: Number(r.notHelped),
    handedOver: Number(r.handedOver),
    linkedArticle: r.articleId && r.slug && r.title ? { id: r.articleId, slug: r.slug, title: r.title } : null,
  }));
}
