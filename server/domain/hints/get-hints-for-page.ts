import type { Db } from "@/server/db-client";
import { getBalance } from "@/server/domain/account/balance";
import { monthlyChargeOn } from "@/server/domain/billing/monthly-charge-on";
import { nextMonthlyChargeDate } from "@/server/domain/billing/billing-calendar";
import { averageMonthlyUsage } from "@/server/domain/tariffs/recommend-tariff";
import { accountConditions, type HintCondition } from "./account-conditions";
import { rankHints } from "./rank-hints";
import { actionsOfPage } from "@/server/domain/self-service/self-service-actions";

const USAGE_DAYS = 90;
/** A failure older than this no longer shapes the hints. */
const FAILURE_MEMORY_MS = 24 * 3600_000;
/** The same hint shown again to the same browser within this time is one impression. */
const IMPRESSION_WINDOW_MS = 30 * 60_000;

async function loadSituation(db: Db, accountId: string, page: string, now: Date) {
  const account = await db.subscriberAccount.findUniqueOrThrow({
    where: { id: accountId },
    include: { tariff: true },
  });
  const [balance, usage, lastEvent, unavailableOptions, nextCharge] = await Promise.all([
    getBalance(db, accountId),
    db.dailyUsage.findMany({
      where: { accountId, day: { gte: new Date(now.getTime() - USAGE_DAYS * 86_400_000) } },
      select: { minutes: true, mb: true, sms: true },
    }),
    // Only this page's family of actions: a declined payment is no news on the tariffs page.
    db.selfServiceEvent.findFirst({
      where: {
        accountId,
        action: { in: actionsOfPage(page) },
        createdAt: { gte: new Date(now.getTime() - FAILURE_MEMORY_MS) },
      },
      orderBy: { createdAt: "desc" },
    }),
    page === "options"
      ? db.option.count({
          where: { isArchived: false, compatibleTariffs: { some: {}, none: { tariffId: account.tariffId } } },
        })
      : Promise.resolve(0),
    monthlyChargeOn(db, accountId, nextMonthlyChargeDate(now)),
  ]);
  const conditions = accountConditions({
    balance,
    status: account.status,
    nextMonthlyCharge: nextCharge.amount,
    usualMonth: averageMonthlyUsage(usage),
    allowance: {
      minutes: account.tariff.includedMinutes,
      mb: account.tariff.includedMb,
      sms: account.tariff.includedSms,
    },
    hasOptionsUnavailableOnTariff: unavailableOptions > 0,
  });
  const lastFailure =
    lastEvent && !lastEvent.succeeded
      ? { action: lastEvent.action, errorCode: lastEvent.errorCode ?? "INTERNAL" }
      : null;
  return { conditions, lastFailure };
}

/**
 * The hints for a page: chosen by the page, the account's state and its last failed
 * action, ranked, and counted as shown (a help session starts with a hint seen).
 */
export async function getHintsForPage(
  db: Db,
  input: { accountId: string | null; page: string; sessionKey: string | null; now?: Date },
) {
  const now = input.now ?? new Date();
  const situation = input.accountId
    ? await loadSituation(db, input.accountId, input.page, now)
    : { conditions: [] as HintCondition[], lastFailure: null };
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
