import type { Prisma } from "@/server/generated/prisma/client";
import { writeAuditEntry } from "@/server/domain/audit/write-audit-entry";
import { getBalance } from "./balance";
import { raiseNotice } from "@/server/domain/notices/raise-notice";
import type { Tx } from "./with-account-lock";

type Details = { readonly [key: string]: Prisma.InputJsonValue };

/**
 * Lifts or sets the debt block in the caller's transaction (under the account lock), with the system
 * as the actor and the reason in the audit: payments, promised payments and their expiry all say why.
 * A block raises the DEBT_BLOCK notice in the same transaction.
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
  // The subscriber hears of a block at once (as they chose); each block is its own notice.
  if (blocked) {
    const now = new Date();
    await raiseNotice(tx, {
      accountId,
      kind: "DEBT_BLOCK",
      dedupeKey: `blocked-at:${now.toISOString()}`,
      params: { balance: await getBalance(tx, accountId) },
      now,
    });
  }
}
