import type { Db } from "@/server/db-client";
import type { StaffPrincipal } from "@/server/auth/principal";
import { env } from "@/server/env.mjs";
import { AppError } from "@/server/domain/errors";
import { writeAuditEntry } from "@/server/domain/audit/write-audit-entry";
import { entryText } from "@/server/domain/payments/ledger-text";
import type { FollowUpOutcome } from "./follow-up-filters";
import { notifyOutcome } from "./notify-outcome";
import { resolutionComment } from "./resolution-comment";

export interface ResolveFollowUpInput {
  followUpId: string;
  comment: string;
  /** RESOLVED (default) or UNREACHABLE: the subscriber could not be reached. */
  state?: "RESOLVED" | "UNREACHABLE";
  outcome?: FollowUpOutcome | null;
  /** Whole roubles credited to the account, only with the COMPENSATED outcome, up to the configured limit. */
  compensationRub?: number | null;
  /** Tell the subscriber the outcome through the channel they used. */
  notifySubscriber?: boolean;
  now?: Date;
}

function checkOutcome(input: ResolveFollowUpInput, accountId: string | null) {
  const state = input.state ?? "RESOLVED";
  const outcome = input.outcome ?? null;
  if (state === "UNREACHABLE" && outcome) throw new AppError("INVALID_INPUT", { field: "outcome" });
  const rub = input.compensationRub ?? null;
  if (outcome !== "COMPENSATED") {
    if (rub !== null) throw new AppError("INVALID_INPUT", { field: "compensationRub" });
    return { state, outcome, rub };
  }
  const limit = env().FOLLOW_UP_COMPENSATION_LIMIT_RUB;
  if (rub === null || !Number.isInteger(rub) || rub < 1 || rub > limit)
    throw new AppError("INVALID_INPUT", { field: "compensationRub", max: limit });
  // Only a subscriber's account has a ledger; a visitor is explained to or escalated instead.
  if (!accountId) throw new AppError("INVALID_INPUT", { field: "outcome" });
  return { state, outcome, rub };
}

/**
 * Closes a follow-up once, with the supervisor's note and outcome: a compensation is a ledger adjustment on the
 * subscriber's account in the same transaction. A second attempt is a conflict, not an overwrite.
 */
export async function resolveFollowUp(db: Db, actor: StaffPrincipal, input: ResolveFollowUpInput) {
  const comment = resolutionComment.safeParse(input.comment);
  if (!comment.success) throw new AppError("INVALID_INPUT", { field: "comment" });
  const now = input.now ?? new Date();
  const followUp = await db.followUp.findUnique({
    where: { id: input.followUpId },
    select: {
      id: true,
      reason: true,
      resolvedAt: true,
      chat: { select: { id: true, accountId: true } },
      selfServiceContact: { select: { id: true, accountId: true } },
    },
  });
  if (!followUp) throw new AppError("NOT_FOUND");
  if (followUp.resolvedAt) throw new AppError("CONFLICT");
  const chatId = followUp.chat?.id ?? null;
  const accountId = followUp.chat?.accountId ?? followUp.selfServiceContact?.accountId ?? null;
  const { state, outcome, rub } = checkOutcome(input, accountId);
  return db.$transaction(async (tx) => {
    // Guarded by resolvedAt, so two supervisors pressing at once cannot both resolve it (nor pay twice).
    const moved = await tx.followUp.updateMany({
      where: { id: followUp.id, resolvedAt: null },
      data: { resolvedAt: now, resolvedById: actor.staffId, comment: comment.data, state, outcome },
    });
    if (moved.count === 0) throw new AppError("CONFLICT");
    if (rub !== null && accountId) {
      const entry = await tx.ledgerEntry.create({
        data: {
          accountId,
          type: "ADJUSTMENT",
          amount: rub * 100,
          createdAt: now,
          ...entryText("FOLLOW_UP_COMPENSATION"),
        },
      });
      await tx.followUp.update({ where: { id: followUp.id }, data: { ledgerEntryId: entry.id } });
    }
    const notified =
      input.notifySubscriber === true &&
      (await notifyOutcome(tx, {
        chatId,
        accountId,
        outcome,
        amountRub: rub,
        now,
      }));
    if (notified) await tx.followUp.update({ where: { id: followUp.id }, data: { notifiedAt: now } });
    await writeAuditEntry(tx, {
      actor,
      action: "follow_up.resolve",
      subjectAccountId: accountId,
      entityType: "FollowUp",
      entityId: followUp.id,
      details: {
        ...(chatId ? { chatId } : { selfServiceContactId: followUp.selfServiceContact?.id }),
        reason: followUp.reason,
        state,
        ...(outcome ? { outcome } : {}),
        ...(rub ? { compensationRub: rub } : {}),
      },
    });
    return { id: followUp.id, resolvedAt: now, notified };
  });
}

/** A supervisor starts working on an open follow-up (open → in progress); it is then theirs on the list. */
export async function takeFollowUp(db: Db, actor: StaffPrincipal, input: { followUpId: string }) {
  const exists = await db.followUp.findUnique({ where: { id: input.followUpId }, select: { id: true } });
  if (!exists) throw new AppError("NOT_FOUND");
  const moved = await db.followUp.updateMany({
    where: { id: input.followUpId, state: "OPEN", resolvedAt: null },
    data: { state: "IN_PROGRESS", takenById: actor.staffId },
  });
  if (moved.count === 0) throw new AppError("CONFLICT");
}
