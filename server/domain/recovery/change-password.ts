import type { Db } from "@/server/db-client";
import { AppError } from "@/server/domain/errors";
import { writeAuditEntry } from "@/server/domain/audit/write-audit-entry";
import { recordSelfServiceEvent } from "@/server/domain/self-service/record-self-service-event";
import type { LoginThrottle } from "@/server/auth/login-throttle";
import { hashPassword, verifyPassword } from "@/server/auth/password";
import { assertAcceptablePassword } from "./password-rules";
import { invalidateOpenResets } from "./request-password-reset";

export interface PasswordChange {
  accountId: string;
  currentPassword: string;
  newPassword: string;
  ip: string | null;
  now: Date;
}

/**
 * A signed-in subscriber changes their password. The current password is checked
 * under the sign-in limits (a stolen session cannot guess it faster than the login
 * form could), and every other session ends.
 * Returns the login the client signs in again with, so this tab stays signed in.
 */
export async function changePassword(
  db: Db,
  throttle: LoginThrottle,
  input: PasswordChange,
): Promise<{ login: string }> {
  assertAcceptablePassword(input.newPassword);
  const throttleKey = `subscriber:${input.accountId}`;
  await throttle.assertAllowed(throttleKey, input.ip);
  const account = await db.subscriberAccount.findUnique({
    where: { id: input.accountId },
    select: { id: true, accountNumber: true, passwordHash: true },
  });
  if (!account) throw new AppError("NOT_FOUND");
  if (!(await verifyPassword(account.passwordHash, input.currentPassword))) {
    await throttle.recordFailure(throttleKey, input.ip);
    await recordSelfServiceEvent(db, {
      accountId: account.id,
      action: "password.change",
      succeeded: false,
      errorCode: "WRONG_CURRENT_PASSWORD",
    });
    throw new AppError("WRONG_CURRENT_PASSWORD");
  }

  const passwordHash = await hashPassword(input.newPassword);
  await db.$transaction(async (tx) => {
    // Conditional on the hash we verified: a concurrent change makes this one a conflict, not a silent overwrite.
    const changed = await tx.subscriberAccount.updateMany({
      where: { id: account.id, passwordHash: account.passwordHash },
      data: { passwordHash, sessionVersion: { increment: 1 } },
    });
    if (changed.count !== 1) throw new AppError("CONFLICT");
    await invalidateOpenResets(tx, account.id, input.now);
    const { sessionVersion } = await tx.subscriberAccount.findUniqueOrThrow({
      where: { id: account.id },
      select: { sessionVersion: true },
    });
    await writeAuditEntry(tx, {
      actor: { kind: "subscriber", accountId: account.id, sessionVersion },
      action: "auth.password_change",
      subjectAccountId: account.id,
      ip: input.ip,
    });
    await recordSelfServiceEvent(tx, { accountId: account.id, action: "password.change", succeeded: true });
  });
  await throttle.recordSuccess(throttleKey);
  return { login: account.accountNumber };
}
