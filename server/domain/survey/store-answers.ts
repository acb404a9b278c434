// The survey's answers stored once per contact, whatever the contact: a chat or a self-service contact.
import type { Db } from "@/server/db-client";
import { env } from "@/server/env.mjs";
import { AppError } from "@/server/domain/errors";
import { isUniqueViolation } from "@/server/domain/unique-violation";
import { raiseFollowUp, type FollowUpSubject } from "@/server/domain/follow-ups/raise-follow-up";
import { listReviewPlatforms, type ReviewPlatformView } from "./review-platforms";
import { isDetractor, isPromoter, SCALES, type SurveyAnswers } from "./survey-rules";
import type { Prisma, Rating } from "@/server/generated/prisma/client";

/** A rating's comment is kept up to this long (the forms allow the same). */
export const MAX_RATING_COMMENT = 2_000;

export interface SurveyInput extends Partial<SurveyAnswers> {
  comment?: string | null;
}

/** The thanks that follows: a promoter is invited to the public review platforms, a detractor is called back. */
export type RatingOutcome = { reviewPlatforms: ReviewPlatformView[]; followUp: boolean };

/** The contact a survey is about, with what its survey already holds. */
export interface SurveyedContact {
  subject: FollowUpSubject;
  rating: Rating | null;
  /** "account:<id>" or "visitor:<token>": the NPS interval is theirs, across contacts. */
  respondent: string | null;
  /** The operator being rated, where one took part. */
  operatorId: string | null;
}

/** Every answer within its scale (an integer from min to max), checked before anything is read or stored. */
export function checkScales(input: Partial<SurveyAnswers>) {
  for (const field of ["score", "npsScore", "cesScore"] as const) {
    const value = input[field];
    if (value === undefined || value === null) continue;
    const { min, max } = SCALES[field];
    if (!Number.isInteger(value) || value < min || value > max) throw new AppError("INVALID_INPUT", { field });
  }
}

/** Rows of other contacts than this one (a nullable key: "not equal" alone would skip the NULLs). */
const otherThan = (subject: FollowUpSubject): Prisma.RatingWhereInput =>
  "chatId" in subject
    ? { OR: [{ chatId: null }, { chatId: { not: subject.chatId } }] }
    : { OR: [{ selfServiceContactId: null }, { selfServiceContactId: { not: subject.selfServiceContactId } }] };

/** Whether "would you recommend" is due for this respondent: no NPS answer of theirs to another contact lately. */
export async function isNpsDueFor(db: Db, respondent: string | null, subject: FollowUpSubject, now: Date) {
  if (!respondent) return true;
  const since = new Date(now.getTime() - env().SURVEY_NPS_INTERVAL_DAYS * 86_400_000);
  const recent = await db.rating.findFirst({
    where: { respondent, npsAt: { gt: since }, ...otherThan(subject) },
    select: { id: true },
  });
  return recent === null;
}

/**
 * Answered once per question: whatever is given is kept (partial answers count), an answer already stored is
 * refused, never overwritten; NPS only when due. A detractor raises a follow-up; a promoter is invited to leave a
 * public review. `alsoInTx` adds the contact's own changes to the same transaction.
 */
export async function storeSurveyAnswers(
  db: Db,
  contact: SurveyedContact,
  input: SurveyInput,
  now: Date,
  alsoInTx?: (tx: Prisma.TransactionClient, given: { resolved: boolean | null }) => Promise<void>,
): Promise<RatingOutcome> {
  const { rating } = contact;
  if (rating?.dismissedAt) throw new AppError("ALREADY_RATED");
  const given = {
    score: input.score ?? null,
    npsScore: input.npsScore ?? null,
    resolved: input.resolved ?? null,
    cesScore: input.cesScore ?? null,
    comment: input.comment?.trim().slice(0, MAX_RATING_COMMENT) || null,
  };
  const answered = (Object.keys(given) as Array<keyof typeof given>).filter((key) => given[key] !== null);
  if (answered.length === 0) throw new AppError("INVALID_INPUT", { field: "score" });
  if (answered.some((key) => rating && rating[key] !== null)) throw new AppError("ALREADY_RATED");
  if (given.npsScore !== null && !(await isNpsDueFor(db, contact.respondent, contact.subject, now)))
    throw new AppError("INVALID_INPUT", { field: "npsScore" });
  const merged: SurveyAnswers = {
    score: given.score ?? rating?.score ?? null,
    npsScore: given.npsScore ?? rating?.npsScore ?? null,
    resolved: given.resolved ?? rating?.resolved ?? null,
    cesScore: given.cesScore ?? rating?.cesScore ?? null,
  };
  const followUp = isDetractor(merged);
  const platforms = isPromoter(merged) ? await listReviewPlatforms(db) : [];
  const data = {
    ...Object.fromEntries(answered.map((key) => [key, given[key]])),
    ...(given.npsScore !== null ? { npsAt: now } : {}),
    ...(platforms.length > 0 ? { reviewInvitedAt: rating?.reviewInvitedAt ?? now } : {}),
  };
  try {
    await db.$transaction(async (tx) => {
      if (rating) {
        // Only while each of these answers is still missing: a parallel answer to the same question loses.
        const moved = await tx.rating.updateMany({
          where: { id: rating.id, dismissedAt: null, ...Object.fromEntries(answered.map((key) => [key, null])) },
          data,
        });
        if (moved.count === 0) throw new AppError("ALREADY_RATED");
      } else {
        await tx.rating.create({
          data: {
            ...data,
            ...contact.subject,
            respondent: contact.respondent,
            operatorId: contact.operatorId,
            createdAt: now,
          },
        });
      }
      await alsoInTx?.(tx, { resolved: given.resolved });
      if (followUp) await raiseFollowUp(tx, { subject: contact.subject, reason: "LOW_RATING", now });
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError("ALREADY_RATED");
    throw error;
  }
  return { reviewPlatforms: platforms, followUp };
}

/** "Not now": the survey is closed for this contact without answers and is not asked again. */
export async function storeDismissal(db: Db, contact: SurveyedContact, now: Date) {
  if (contact.rating) throw new AppError("ALREADY_RATED");
  try {
    await db.rating.create({
      data: { ...contact.subject, respondent: contact.respondent, operatorId: contact.operatorId, dismissedAt: now },
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError("ALREADY_RATED");
    throw error;
  }
}
