import type { Db } from "@/server/db-client";
import { writeAuditEntry } from "@/server/domain/audit/write-audit-entry";
import { AppError } from "@/server/domain/errors";
import { actorStaffId, runIdempotentChange, type ChangeActor } from "@/server/domain/self-service/idempotent-change";

export interface DisconnectOptionInput {
  accountId: string;
  optionId: string;
  idempotencyKey: string;
  actor: ChangeActor;
  now?: Date;
}

/** Switches a paid option off from now; the month already paid is not refunded. */
export async function disconnectOption(db: Db, input: DisconnectOptionInput) {
  const now = input.now ?? new Date();
  const { accountId, actor } = input;
  return runIdempotentChange(
    db,
    { accountId, idempotencyKey: input.idempotencyKey, action: "option.disconnect", actor },
    async (tx) => {
      const ended = await tx.optionSubscription.updateMany({
        where: { accountId, optionId: input.optionId, disconnectedAt: null },
        data: { disconnectedAt: now },
      });
      if (ended.count === 0) throw new AppError("OPTION_NOT_ACTIVE");
      const change = await tx.changeRequest.create({
        data: {
          accountId,
          kind: "OPTION_DISCONNECT",
          status: "APPLIED",
          optionId: input.optionId,
          idempotencyKey: input.idempotencyKey,
          actorStaffId: actorStaffId(actor),
          chatId: actor.chatId ?? null,
        },
      });
      await writeAuditEntry(tx, {
        actor: actor.principal,
        action: "option.disconnect",
        subjectAccountId: accountId,
        entityType: "ChangeRequest",
        entityId: change.id,
        details: { optionId: input.optionId, chatId: actor.chatId ?? null },
      });
      return change;
    },
  );
}
