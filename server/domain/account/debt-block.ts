import type { Prisma } from "@/server/generated/prisma/client";
import { writeAuditEntry } from "@/server/domain/audit/write-audit-entry";
import type { Tx } from "./with-account-lock";

type Details = { readonly [key: string]: Prisma.InputJsonValue };

/**
 * Lifts or sets the debt block in the caller's transaction (under the account lock), with the system
 * as the actor and the reason in the audit: payments, promised payments and their expiry all say why.
 */
export async function setDebtBlock(
  tx: Tx,
  accountId: string,
  blocked: boolean,
  details: Details & { reason: string },
): Promise<void> {
  await tx.subscriberAccount.update({
    where: { id: accountId },
    data: { status: blocked ? "BLOCKED_FOR_DEBT" : "ACTIVE" },
  });
  await writeAuditEntry(tx, {
    actor: null,
    action: blocked ? "account.block" : "account.unblock",
    subjectAccountId: accountId,
    entityType: "SubscriberAccount",
    entityId: accountId,
    details,
  });
}
