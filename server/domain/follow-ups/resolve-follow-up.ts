import type { Db } from "@/server/db-client";
import type { StaffPrincipal } from "@/server/auth/principal";
import { AppError } from "@/server/domain/errors";
import { writeAuditEntry } from "@/server/domain/audit/write-audit-entry";
import { resolutionComment } from "./resolution-comment";

export interface ResolveFollowUpInput {
  followUpId: string;
  comment: string;
  now?: Date;
}

/** Closes a follow-up once, with the supervisor's comment; a second attempt is a conflict, not an overwrite. */
export async function resolveFollowUp(db: Db, actor: StaffPrincipal, input: ResolveFollowUpInput) {
  const comment = resolutionComment.safeParse(input.comment);
  if (!comment.success) throw new AppError("INVALID_INPUT", { field: "comment" });
  const now = input.now ?? new Date();
  const followUp = await db.followUp.findUnique({
    where: { id: input.followUpId },
    select: { id: true, reason: true, resolvedAt: true, chat: { select: { id: true, accountId: true } } },
  });
  if (!followUp) throw new AppError("NOT_FOUND");
  if (followUp.resolvedAt) throw new AppError("CONFLICT");
  return db.$transaction(async (tx) => {
    // Guarded by resolvedAt, so two supervisors pressing at once cannot both resolve it.
    const moved = await tx.followUp.updateMany({
      where: { id: followUp.id, resolvedAt: null },
      data: { resolvedAt: now, resolvedById: actor.staffId, comment: comment.data },
    });
    if (moved.count === 0) throw new AppError("CONFLICT");
    await writeAuditEntry(tx, {
      actor,
      action: "follow_up.resolve",
      subjectAccountId: followUp.chat.accountId,
      entityType: "FollowUp",
      entityId: followUp.id,
      details: { chatId: followUp.chat.id, reason: followUp.reason },
    });
    return { id: followUp.id, resolvedAt: now };
  });
}
