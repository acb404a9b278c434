import type { Db } from "@/server/db-client";
import type { PasswordResetCode } from "@/server/generated/prisma/client";
import { AppError } from "@/server/domain/errors";
import { writeAuditEntry } from "@/server/domain/audit/write-audit-entry";
import { parseLoginIdentifier } from "@/server/auth/login-identifier";
import type { LoginThrottle } from "@/server/auth/login-throttle";
import { hashPassword } from "@/server/auth/password";
import { assertAcceptablePassword } from "./password-rules";
import type { RecoveryThrottle } from "./recovery-throttle";
import { invalidateOpenResets } from "./request-password-reset";
import { isResetCodeFormat } from "./reset-code-format";
import { openCodeWhere, parseLinkToken, resetSecretMatches } from "./reset-secrets";

/** What proves the person controls the phone or the mailbox: the SMS code with the login, or the e-mail link. */
export type ResetProof = { login: string; code: string } | { token: string };

export type ResetConfirmation = ResetProof & {
  newPassword: string;
  ip: string | null;
  now: Date;
};

export interface ConfirmThrottles {
  recovery: RecoveryThrottle;
  /** Cleared for the account on success, so someone locked out by failed sign-ins can sign in again. */
  login: LoginThrottle;
}

async function findReset(db: Db, proof: ResetProof): Promise<{ reset: PasswordResetCode; secret: string } | null> {
  if ("token" in proof) {
    const parsed = parseLinkToken(proof.token);
    if (!parsed) return null;
    const reset = await db.passwordResetCode.findUnique({ where: { id: parsed.resetId } });
    return reset?.channel === "EMAIL" ? { reset, secret: parsed.secret } : null;
  }
  const identifier = parseLoginIdentifier(proof.login);
  if (!identifier || identifier.kind === "email" || !isResetCodeFormat(proof.code)) return null;
  const account = await db.subscriberAccount.findUnique({
    where: identifier.kind === "phone" ? { phone: identifier.phone } : { accountNumber: identifier.accountNumber },
    select: { id: true },
  });
  if (!account) return null;
  const reset = await db.passwordResetCode.findFirst({
    where: { accountId: account.id, channel: "SMS", usedAt: null },
    orderBy: { createdAt: "desc" },
  });
  return reset ? { reset, secret: proof.code } : null;
}

/**
 * Sets a new password with a code or link. Every check that fails (unknown login,
 * wrong, expired, used or exhausted code) gives the same INVALID_CODE. An attempt is
 * counted before the comparison, atomically, so parallel guesses cannot exceed the
 * limit. Success signs out every session of the account.
 */
export async function confirmPasswordReset(
  db: Db,
  throttles: ConfirmThrottles,
  input: ResetConfirmation,
): Promise<void> {
  assertAcceptablePassword(input.newPassword);
  await throttles.recovery.assertConfirmAllowed(input.ip);
  const fail = async (): Promise<never> => {
    await throttles.recovery.recordConfirmFailure(input.ip);
    throw new AppError("INVALID_CODE");
  };

  const found = await findReset(db, input);
  if (!found) return fail();
  const { reset, secret } = found;
  const attempt = await db.passwordResetCode.updateMany({
    where: { id: reset.id, ...openCodeWhere(input.now) },
    data: { attempts: { increment: 1 } },
  });
  if (attempt.count !== 1 || !resetSecretMatches(reset.codeHash, secret)) return fail();

  const passwordHash = await hashPassword(input.newPassword);
  await db.$transaction(async (tx) => {
    // Single use: of two simultaneous confirmations only one marks the code.
    const used = await tx.passwordResetCode.updateMany({
      where: { id: reset.id, usedAt: null },
      data: { usedAt: input.now },
    });
    if (used.count !== 1) throw new AppError("INVALID_CODE");
    const account = await tx.subscriberAccount.update({
      where: { id: reset.accountId },
      data: { passwordHash, sessionVersion: { increment: 1 } },
      select: { id: true, sessionVersion: true },
    });
    await invalidateOpenResets(tx, account.id, input.now);
    await writeAuditEntry(tx, {
      actor: { kind: "subscriber", accountId: account.id, sessionVersion: account.sessionVersion },
      action: "auth.password_reset",
      subjectAccountId: account.id,
      entityType: "PasswordResetCode",
      entityId: reset.id,
      details: { channel: reset.channel },
      ip: input.ip,
    });
  });
  await throttles.login.recordSuccess(`subscriber:${reset.accountId}`);
}
