import type { Db } from "@/server/db-client";
import type { Principal } from "@/server/auth/principal";
import { writeAuditEntry } from "@/server/domain/audit/write-audit-entry";
import { AppError } from "@/server/domain/errors";
import { auditedInbox, inboxView } from "./inboxes";

/**
 * Turns an inbox off (its webhook answers 404, its replies are not sent) or on again. A change is audited with the
 * state before and after; asking for the state it already has changes and records nothing.
 */
export async function changeInboxEnabled(
  db: Db,
  actor: Principal | null,
  input: { inboxId: string; enabled: boolean },
) {
  return db.$transaction(async (tx) => {
    const before = await tx.inbox.findUnique({ where: { id: input.inboxId }, select: inboxView });
    if (!before) throw new AppError("NOT_FOUND");
    if (before.enabled === input.enabled) return before;
    const after = await tx.inbox.update({
      where: { id: before.id },
      data: { enabled: input.enabled },
      select: inboxView,
    });
    await writeAuditEntry(tx, {
      actor,
      action: input.enabled ? "inbox.enable" : "inbox.disable",
      entityType: "Inbox",
      entityId: before.id,
      details: { before: auditedInbox(before), after: auditedInbox(after) },
    });
    return after;
  });
}
