// Random chats, self-service contacts, ratings, follow-ups and help sessions over a dozen Moscow days, with the edge cases of the
// metrics on purpose: replies exactly at whole seconds (the SLA boundary), chats still waiting, open and late
// follow-ups, sessions seen on several days, operators passed over. For holding the rollups to the scans.
import type { Db } from "@/server/db-client";
import type { Prisma } from "@/server/generated/prisma/client";
import { ChatChannel, ChatKind } from "@/server/generated/prisma/enums";
import { Random } from "@/prisma/seed/random";
import { createStaff, createSubscriber } from "./fixtures";

export const RANDOM_NOW = new Date("2026-05-12T09:00:00.000Z");
export const RANDOM_DAYS = 12;
const DAY_MS = 86_400_000;
const SESSIONS = 40;

export interface RandomWorld {
  operators: string[];
  sessionKeys: string[];
  hintId: string;
  articleId: string;
  platformIds: string[];
  /** The subscriber of the self-service contacts. */
  accountId: string;
}

export async function seedRandomWorld(db: Db): Promise<RandomWorld> {
  const operators = [];
  for (let i = 0; i < 4; i++) operators.push((await createStaff(db, ["OPERATOR"])).id);
  // A supervisor who took chats: credited, so listed, though not an operator.
  operators.push((await createStaff(db, ["SUPERVISOR"])).id);
  const hint = await db.hint.create({ data: { code: "random-hint", text: "Подсказка", textEn: "Hint" } });
  const article = await db.helpArticle.create({
    data: { slug: "random-article", title: "Статья", titleEn: "Article", body: "…", bodyEn: "…", category: "test" },
  });
  const platformIds = [];
  for (const name of ["Отзовик", "Карты"])
    platformIds.push((await db.reviewPlatform.create({ data: { name, url: "https://example.org" } })).id);
  const sessionKeys = Array.from({ length: SESSIONS }, (_, i) => `random-session-${i}`);
  const accountId = (await createSubscriber(db)).id;
  return { operators, sessionKeys, hintId: hint.id, articleId: article.id, platformIds, accountId };
}

const later = (r: Random, from: Date, maxSeconds: number) =>
  // One in five exactly on a whole second, where "more than the SLA" is decided.
  new Date(from.getTime() + (r.chance(0.2) ? r.int(0, maxSeconds) * 1000 : r.int(0, maxSeconds * 1000)));

interface RandomSurveys {
  ratings: Prisma.RatingCreateManyInput[];
  followUps: Prisma.FollowUpCreateManyInput[];
  clicks: Prisma.ReviewClickCreateManyInput[];
  /** The credits of the compensated follow-ups, summed by the metrics. */
  credits: Prisma.LedgerEntryCreateManyInput[];
}

/**
 * Maybe a rating (with review clicks) and a follow-up of one contact: a chat, or a self-service contact (no CSI
 * score, no operator).
 */
function addRandomSurvey(
  r: Random,
  world: RandomWorld,
  out: RandomSurveys,
  contact: { chatId: string } | { selfServiceContactId: string },
  createdAt: Date,
): void {
  const ofChat = "chatId" in contact;
  if (r.chance(ofChat ? 0.5 : 0.8)) {
    const ratingId = `${Object.values(contact)[0]}-rating`;
    out.ratings.push({
      id: ratingId,
      ...contact,
      score: ofChat && r.chance(0.8) ? r.int(1, 5) : null,
      npsScore: r.chance(0.6) ? r.int(0, 10) : null,
      cesScore: r.chance(0.6) ? r.int(1, 7) : null,
      resolved: r.chance(0.6) ? r.chance(0.5) : null,
      reviewInvitedAt: r.chance(0.3) ? createdAt : null,
      operatorId: ofChat && r.chance(0.8) ? r.pick(world.operators) : null,
    });
    for (const platformId of world.platformIds) if (r.chance(0.2)) out.clicks.push({ ratingId, platformId, createdAt });
  }
  if (r.chance(0.2)) {
    const dueAt = r.chance(0.9) ? later(r, createdAt, 4 * 86_400) : null;
    const resolvedAt = r.chance(0.5) ? later(r, createdAt, 4 * 86_400) : null;
    const outcome = resolvedAt ? r.pick(["COMPENSATED", "EXPLAINED", "ESCALATED"] as const) : null;
    // Most compensations with their credit; some without, as when the entry was deleted (SET NULL).
    const credit =
      outcome === "COMPENSATED" && r.chance(0.8)
        ? {
            id: `${Object.values(contact)[0]}-credit`,
            accountId: world.accountId,
            type: "ADJUSTMENT" as const,
            amount: r.int(1, 50_000),
            textCode: "FOLLOW_UP_COMPENSATION",
          }
        : null;
    if (credit) out.credits.push(credit);
    out.followUps.push({
      ...contact,
      reason: ofChat ? "MISSED" : "LOW_RATING",
      dueAt,
      resolvedAt: resolvedAt && resolvedAt < RANDOM_NOW ? resolvedAt : null,
      outcome,
      ledgerEntryId: credit?.id ?? null,
    });
  }
}

/** A random time in the world's days, ending an hour before now. */
const anyTimeBefore = (r: Random) =>
  new Date(RANDOM_NOW.getTime() - RANDOM_DAYS * DAY_MS + r.int(0, RANDOM_DAYS * DAY_MS - 3_600_000));

/**
 * `chats` random chats and a fifth as many self-service contacts (with their ratings, follow-ups and review clicks),
 * and help activity, all before now.
 */
export async function addRandomFacts(db: Db, world: RandomWorld, r: Random, chats: number): Promise<void> {
  const rows: Prisma.ChatCreateManyInput[] = [];
  const surveys: RandomSurveys = { ratings: [], followUps: [], clicks: [], credits: [] };
  const contacts: Prisma.SelfServiceContactCreateManyInput[] = [];
  for (let i = 0; i < chats; i++) {
    const id = `random-chat-${r.int(0, 1e9)}-${i}`;
    const createdAt = r.chance(0.05) ? new Date(RANDOM_NOW.getTime() - r.int(0, 300_000)) : anyTimeBefore(r);
    const queuedAt = r.chance(0.75) ? later(r, createdAt, 600) : null;
    const assignedAt = queuedAt && r.chance(0.8) ? later(r, queuedAt, 120) : null;
    const firstResponseAt = assignedAt && r.chance(0.85) ? later(r, queuedAt!, 150) : null;
    const closedAt = r.chance(0.7) ? later(r, assignedAt ?? createdAt, 3600) : null;
    const operatorId = assignedAt ? r.pick(world.operators) : null;
    rows.push({
      id,
      kind: r.pick(Object.values(ChatKind)),
      channel: r.pick(Object.values(ChatChannel)),
      sessionKey: r.chance(0.7) ? r.pick(world.sessionKeys) : null,
      createdAt,
      queuedAt,
      assignedAt,
      operatorSince: assignedAt && r.chance(0.8) ? assignedAt : assignedAt && later(r, assignedAt, 60),
      operatorId,
      firstResponseAt,
      firstResponderId: firstResponseAt ? r.pick(world.operators) : null,
      closedAt: closedAt && closedAt < RANDOM_NOW ? closedAt : null,
      missedById: queuedAt && r.chance(0.2) ? r.pick(world.operators) : null,
      passedOverIds: queuedAt && r.chance(0.3) ? r.shuffle(world.operators).slice(0, r.int(1, 2)) : [],
    });
    addRandomSurvey(r, world, surveys, { chatId: id }, createdAt);
  }
  for (let i = 0; i < Math.ceil(chats / 5); i++) {
    const id = `random-contact-${r.int(0, 1e9)}-${i}`;
    const createdAt = anyTimeBefore(r);
    const event = { accountId: world.accountId, action: "tariff.change", failedEventId: `${id}-failed` };
    contacts.push({ id, ...event, succeededEventId: `${id}-succeeded`, createdAt });
    addRandomSurvey(r, world, surveys, { selfServiceContactId: id }, createdAt);
  }
  await db.chat.createMany({ data: rows });
  await db.selfServiceContact.createMany({ data: contacts });
  await db.rating.createMany({ data: surveys.ratings });
  await db.reviewClick.createMany({ data: surveys.clicks });
  await db.ledgerEntry.createMany({ data: surveys.credits });
  await db.followUp.createMany({ data: surveys.followUps });
  await addRandomHelpActivity(db, world, r, Math.ceil(chats / 2));
}

/** `count` hints seen and articles read (half each) in the world's sessions, at random times before now. */
export async function addRandomHelpActivity(db: Db, world: RandomWorld, r: Random, count: number): Promise<void> {
  const seen = Array.from({ length: count }, () => ({
    sessionKey: r.pick(world.sessionKeys),
    createdAt: anyTimeBefore(r),
  }));
  await db.hintImpression.createMany({
    data: seen.filter((_, i) => i % 2 === 0).map((s) => ({ ...s, hintId: world.hintId, page: "account" })),
  });
  await db.helpArticleView.createMany({
    data: seen.filter((_, i) => i % 2 === 1).map((s) => ({ ...s, articleId: world.articleId })),
  });
}

/**
 * Later events on existing facts: waiting chats answered or closed, surveys answered, follow-ups resolved, a
 * self-service contact deleted (its survey and follow-up with it).
 */
export async function changeRandomFacts(db: Db, r: Random): Promise<void> {
  const waiting = await db.chat.findMany({ where: { queuedAt: { not: null }, firstResponseAt: null, closedAt: null } });
  for (const chat of waiting.filter(() => r.chance(0.5)))
    await db.chat.update({
      where: { id: chat.id },
      data: r.chance(0.5) ? { closedAt: RANDOM_NOW } : { firstResponseAt: later(r, chat.queuedAt!, 120) },
    });
  const rated = await db.rating.findMany({ where: { chatId: { not: null } }, take: 30 });
  for (const rating of rated.filter(() => r.chance(0.5)))
    await db.rating.update({ where: { id: rating.id }, data: { score: r.int(1, 5), cesScore: r.int(1, 7) } });
  const surveyed = await db.selfServiceContact.findFirst({ where: { rating: { isNot: null } } });
  if (surveyed) await db.selfServiceContact.delete({ where: { id: surveyed.id } });
  const open = await db.followUp.findMany({ where: { resolvedAt: null } });
  for (const followUp of open.filter(() => r.chance(0.5)))
    await db.followUp.update({ where: { id: followUp.id }, data: { resolvedAt: RANDOM_NOW, outcome: "EXPLAINED" } });
}

/**
 * Later events on self-service contacts only, which no chat's trigger sees: surveys answered, review platforms
 * opened, follow-ups resolved.
 */
export async function changeSelfServiceFacts(db: Db, r: Random): Promise<void> {
  const platform = await db.reviewPlatform.findFirstOrThrow();
  for (const rating of await db.rating.findMany({ where: { chatId: null }, take: 10 })) {
    if (r.chance(0.5))
      await db.rating.update({ where: { id: rating.id }, data: { cesScore: r.int(1, 7), npsScore: r.int(0, 10) } });
    else
      await db.reviewClick.upsert({
        where: { ratingId_platformId: { ratingId: rating.id, platformId: platform.id } },
        create: { ratingId: rating.id, platformId: platform.id, createdAt: RANDOM_NOW },
        update: {},
      });
  }
  await db.followUp.updateMany({
    where: { chatId: null, resolvedAt: null },
    data: { resolvedAt: RANDOM_NOW, outcome: "EXPLAINED" },
  });
}
