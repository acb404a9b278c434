import type { Prisma } from "@/server/generated/prisma/client";
import { env } from "@/server/env.mjs";
import type { FollowUpReason } from "./follow-up-filters";

/** What a follow-up (and a survey) is about: a chat, or a self-service contact. */
export type FollowUpSubject = { chatId: string } | { selfServiceContactId: string };

/** When a follow-up raised now is due: the configured SLA (default 24 hours). */
export function followUpDueAt(now: Date, dueHours = env().FOLLOW_UP_DUE_HOURS): Date {
  return new Date(now.getTime() + dueHours * 3_600_000);
}

/**
 * Puts a contact on the supervisors' follow-up list, once per contact, with its due time. A low survey answer after
 * a missed dialog names the survey as the reason (the subscriber said so); the due time stays the first one.
 */
export async function raiseFollowUp(
  tx: Prisma.TransactionClient,
  input: { subject: FollowUpSubject; reason: FollowUpReason; now: Date },
) {
  await tx.followUp.upsert({
    where: "chatId" in input.subject ? { chatId: input.subject.chatId } : input.subject,
    create: { ...input.subject, reason: input.reason, createdAt: input.now, dueAt: followUpDueAt(input.now) },
    update: input.reason === "LOW_RATING" ? { reason: "LOW_RATING" } : {},
  });
}
