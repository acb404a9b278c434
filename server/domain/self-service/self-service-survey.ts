// The survey after a self-service contact (a success that followed a failure), asked on the account pages.
import type { Db } from "@/server/db-client";
import { AppError } from "@/server/domain/errors";
import { countReviewClick } from "@/server/domain/survey/review-platforms";
import {
  checkScales,
  isNpsDueFor,
  storeDismissal,
  storeSurveyAnswers,
  type RatingOutcome,
  type SurveyInput,
} from "@/server/domain/survey/store-answers";
import { surveyWindowMs } from "./self-service-contact";
import { isSelfServiceAction, type SelfServiceAction } from "./self-service-actions";

interface ContactRef {
  accountId: string;
  contactId: string;
  now?: Date;
}

/** The account's own contact; someone else's, or one that never happened, is not found. */
async function contactOf(db: Db, { accountId, contactId }: ContactRef) {
  const contact = await db.selfServiceContact.findUnique({ where: { id: contactId }, include: { rating: true } });
  if (!contact || contact.accountId !== accountId) throw new AppError("NOT_FOUND");
  return {
    subject: { selfServiceContactId: contact.id },
    rating: contact.rating,
    respondent: `account:${accountId}`,
    // No operator took part: the CSI question is not asked.
    operatorId: null,
  };
}

/** The newest contact of the account still waiting for its survey (not answered, not dismissed, recent), or null. */
export async function pendingSelfServiceSurvey(
  db: Db,
  input: { accountId: string; now?: Date },
): Promise<{ contactId: string; action: SelfServiceAction; askNps: boolean } | null> {
  const now = input.now ?? new Date();
  const contact = await db.selfServiceContact.findFirst({
    where: { accountId: input.accountId, rating: null, createdAt: { gt: new Date(now.getTime() - surveyWindowMs()) } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { id: true, action: true },
  });
  if (!contact || !isSelfServiceAction(contact.action)) return null;
  const subject = { selfServiceContactId: contact.id };
  return {
    contactId: contact.id,
    action: contact.action,
    askNps: await isNpsDueFor(db, `account:${input.accountId}`, subject, now),
  };
}

/** Resolved?, effort, NPS when due and a comment, each kept once; the CSI question has no operator to rate here. */
export async function rateSelfServiceContact(db: Db, input: ContactRef & SurveyInput): Promise<RatingOutcome> {
  checkScales(input);
  const contact = await contactOf(db, input);
  if (input.score != null) throw new AppError("NO_OPERATOR_TO_RATE");
  return storeSurveyAnswers(db, contact, input, input.now ?? new Date());
}

/** "Not now": not asked again for this contact. */
export async function dismissSelfServiceSurvey(db: Db, input: ContactRef) {
  await storeDismissal(db, await contactOf(db, input), input.now ?? new Date());
}

/** The promoter opened a review platform from this contact's invitation. */
export async function recordSelfServiceReviewClick(db: Db, input: ContactRef & { platformId: string }) {
  const contact = await contactOf(db, input);
  await countReviewClick(db, contact.rating, input.platformId, input.now ?? new Date());
}
