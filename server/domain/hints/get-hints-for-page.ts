import type { Db } from "@/server/db-client";
import { AppError } from "@/server/domain/errors";
import { rankHints } from "./rank-hints";
import { loadAccountSnapshots, situationOnPage, type AccountSituation } from "./account-situations";

/** The same hint shown again to the same browser within this time is one impression. */
const IMPRESSION_WINDOW_MS = 30 * 60_000;

/**
 * The hints for a page: chosen by the page, the account's state and its last failed
 * action, ranked, and counted as shown (a help session starts with a hint seen).
 */
export async function getHintsForPage(
  db: Db,
  input: { accountId: string | null; page: string; sessionKey: string | null; now?: Date },
) {
  const now = input.now ?? new Date();
  let situation: AccountSituation = { conditions: [], lastFailure: null };
  if (input.accountId) {
    const [snapshot] = await loadAccountSnapshots(db, [input.accountId], now);
    if (!snapshot) throw new AppError("NOT_FOUND");
    situation = situationOnPage(snapshot, input.page);
  }
  const candidates = await db.hint.findMany({
    where: { isActive: true },
    include: { article: { select: { slug: true, title: true, titleEn: true } } },
  });
  const hints = rankHints(candidates, {
    page: input.page,
    conditions: situation.conditions,
    lastFailure: situation.lastFailure?.errorCode ?? null,
  });

  if (input.sessionKey && hints.length > 0) {
    const recent = await db.hintImpression.findMany({
      where: {
        sessionKey: input.sessionKey,
        page: input.page,
        hintId: { in: hints.map((h) => h.id) },
        createdAt: { gte: new Date(now.getTime() - IMPRESSION_WINDOW_MS) },
      },
      select: { hintId: true },
    });
    const seen = new Set(recent.map((r) => r.hintId));
    const fresh = hints.filter((h) => !seen.has(h.id));
    if (fresh.length > 0) {
      await db.hintImpression.createMany({
        data: fresh.map((h) => ({
          hintId: h.id,
          accountId: input.accountId,
          page: input.page,
          sessionKey: input.sessionKey!,
          createdAt: now,
        })),
      });
    }
  }

  return {
    lastFailure: situation.lastFailure,
    hints: hints.map((h) => ({
      id: h.id,
      code: h.code,
      text: h.text,
      textEn: h.textEn,
      opensChat: h.opensChat,
      article: h.article,
    })),
  };
}

export type PageHints = Awaited<ReturnType<typeof getHintsForPage>>;
