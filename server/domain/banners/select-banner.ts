import type { Db } from "@/server/db-client";
import type { Principal } from "@/server/auth/principal";
import type { BannerPlacement } from "@/server/generated/prisma/enums";
import { getBalance } from "@/server/domain/account/balance";
import { bannerImageUrl } from "./banner-image-url";
import { chooseBanner, subscriberFactsNeeded, type BannerViewer, type SubscriberFactsNeeded } from "./banner-targeting";

/** What a placement renders: the texts, the image addresses and the end of the schedule (checked again in the browser). */
export interface SelectedBanner {
  id: string;
  title: string;
  text: string;
  ctaLabel: string;
  topic: string;
  imageUrl: string | null;
  imagePhoneUrl: string | null;
  endsAt: Date;
}

/**
 * Facts the audiences need, and only those: a page whose candidates are all for visitors or all
 * subscribers reads nothing about the account. Facts not asked for are left empty; no audience reads them.
 */
async function loadSubscriberViewer(
  db: Db,
  accountId: string,
  needed: SubscriberFactsNeeded,
): Promise<BannerViewer | null> {
  const account = await db.subscriberAccount.findUnique({ where: { id: accountId }, select: { tariffId: true } });
  if (!account) return null;
  const [balance, optionIds] = await Promise.all([
    needed.balance ? getBalance(db, accountId) : 0,
    needed.options ? loadOptionIds(db, accountId, account.tariffId) : [],
  ]);
  return { kind: "subscriber", tariffId: account.tariffId, balance, optionIds };
}

/** Connected options and those included in the tariff: the subscriber has both. */
async function loadOptionIds(db: Db, accountId: string, tariffId: string): Promise<string[]> {
  const [connected, included] = await Promise.all([
    db.optionSubscription.findMany({ where: { accountId, disconnectedAt: null }, select: { optionId: true } }),
    db.tariffIncludedOption.findMany({ where: { tariffId }, select: { optionId: true } }),
  ]);
  return [...connected, ...included].map((o) => o.optionId);
}

/** The banner a placement shows to this principal at `now`, or null. Staff see what visitors see. */
export async function selectBanner(
  db: Db,
  input: { placement: BannerPlacement; principal: Principal | null; now: Date },
): Promise<SelectedBanner | null> {
  const { placement, principal, now } = input;
  // One query over the (placement, status, startsAt, endsAt) index; audiences are JSON and are read in code.
  const candidates = await db.banner.findMany({
    where: { placement, status: "ACTIVE", startsAt: { lte: now }, endsAt: { gt: now } },
    select: {
      id: true,
      status: true,
      audience: true,
      startsAt: true,
      endsAt: true,
      priority: true,
      title: true,
      text: true,
      ctaLabel: true,
      topic: true,
      imageId: true,
      imagePhoneId: true,
    },
  });
  if (candidates.length === 0) return null;
  const viewer: BannerViewer | null =
    principal?.kind === "subscriber"
      ? await loadSubscriberViewer(db, principal.accountId, subscriberFactsNeeded(candidates))
      : { kind: "visitor" };
  if (!viewer) return null;
  const chosen = chooseBanner(candidates, viewer, now);
  if (!chosen) return null;
  return {
    id: chosen.id,
    title: chosen.title,
    text: chosen.text,
    ctaLabel: chosen.ctaLabel,
    topic: chosen.topic,
    imageUrl: bannerImageUrl(chosen.imageId),
    imagePhoneUrl: bannerImageUrl(chosen.imagePhoneId),
    endsAt: chosen.endsAt,
  };
}
