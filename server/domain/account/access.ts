import type { Principal } from "@/server/auth/principal";
import { hasAnyRole } from "@/server/auth/principal";
import { AppError } from "@/server/domain/errors";

/** Staff roles that may look at a subscriber's account (to help them). */
export const ACCOUNT_READER_ROLES = ["OPERATOR", "SUPERVISOR", "ADMIN"] as const;

/**
 * A subscriber reads only their own account; support staff read any.
 * Someone else's id gets NOT_FOUND, so ids cannot be probed.
 */
export function assertCanReadAccount(principal: Principal, accountId: string): void {
  if (principal.kind === "subscriber") {
    if (principal.accountId !== accountId) throw new AppError("NOT_FOUND");
    return;
  }
  if (!hasAnyRole(principal, ACCOUNT_READER_ROLES)) throw new AppError("FORBIDDEN");
}
