import { z } from "zod";
import type { Db } from "@/server/db-client";
import { AppError, isAppError } from "@/server/domain/errors";
import { isChatOwner, type ChatParty } from "@/server/domain/chat/chat-party";

export interface ReviewPlatformView {
  id: string;
  name: string;
  url: string;
}

/** A platform as admins enter it: a short name and an http(s) address. One rule for the form, the API and the domain. */
export const reviewPlatformInput = z.object({
  name: z.string().trim().min(2).max(60),
  url: z
    .string()
    .trim()
    .max(500)
    .url()
    .refine((url) => /^https?:\/\//i.test(url), "http"),
});

/** Where promoters are invited, in the order admins added them. */
export function listReviewPlatforms(db: Db): Promise<ReviewPlatformView[]> {
  return db.reviewPlatform.findMany({
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { id: true, name: true, url: true },
  });
}

export async function addReviewPlatform(db: Db, input: { name: string; url: string }) {
  const parsed = reviewPlatformInput.safeParse(input);
  if (!parsed.success)
    throw new AppError("INVALID_INPUT", { field: String(parsed.error.issues[0]?.path[0] ?? "name") });
  return db.reviewPlatform.create({ data: parsed.data, select: { id: true, name: true, url: true } });
}

export async function removeReviewPlatform(db: Db, input: { platformId: string }) {
  const removed = await db.reviewPlatform.deleteMany({ where: { id: input.platformId } });
  if (removed.count === 0) throw new AppError("NOT_FOUND");
}

/**
 * The invited subscriber opened a platform: counted once per rating and platform. Only an invitation that was shown
 * counts, and only its own subscriber or visitor can record it. Returns the platform's address.
 */
export async function recordReviewClick(
  db: Db,
  input: { party: ChatParty; chatId: string; platformId: string; now?: Date },
) {
  const chat = await db.chat.findUnique({ where: { id: input.chatId }, include: { rating: true } });
  if (!chat || !isChatOwner(chat, input.party)) throw new AppError("NOT_FOUND");
  return countReviewClick(db, chat.rating, input.platformId, input.now ?? new Date());
}

/** One click of a shown invitation (any surveyed contact's rating), counted once per platform; the platform's address. */
export async function countReviewClick(
  db: Db,
  rating: { id: string; reviewInvitedAt: Date | null } | null,
  platformId: string,
  now: Date,
) {
  if (!rating?.reviewInvitedAt) throw new AppError("NOT_FOUND");
  const platform = await db.reviewPlatform.findUnique({ where: { id: platformId }, select: { id: true, url: true } });
  if (!platform) throw new AppError("NOT_FOUND");
  await db.reviewClick.upsert({
    where: { ratingId_platformId: { ratingId: rating.id, platformId: platform.id } },
    create: { ratingId: rating.id, platformId: platform.id, createdAt: now },
    update: {},
  });
  return platform.url;
}

/**
 * A click on a messenger's review link, whose signature already proved it was sent to this chat's person: counted
 * as theirs, exactly as recordReviewClick counts the site's. The platform's address to go on to, or null when the
 * chat was never invited or the platform is gone.
 */
export async function recordInvitedReviewClick(db: Db, input: { chatId: string; platformId: string; now?: Date }) {
  const chat = await db.chat.findUnique({
    where: { id: input.chatId },
    select: { accountId: true, visitorToken: true },
  });
  if (!chat) return null;
  const party: ChatParty = chat.accountId
    ? { kind: "subscriber", accountId: chat.accountId }
    : { kind: "visitor", token: chat.visitorToken ?? "" };
  try {
    return await recordReviewClick(db, { ...input, party });
  } catch (error) {
    if (isAppError(error) && error.code === "NOT_FOUND") return null;
    throw error;
  }
}
