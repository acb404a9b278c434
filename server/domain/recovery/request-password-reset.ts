import type { Db } from "@/server/db-client";
import type { Prisma } from "@/server/generated/prisma/client";
import type { ResetChannel } from "@/server/generated/prisma/enums";
import { AppError } from "@/server/domain/errors";
import { writeAuditEntry } from "@/server/domain/audit/write-audit-entry";
import { enqueueMessage } from "@/server/domain/outbox/enqueue-message";
import { loginKey, parseLoginIdentifier } from "@/server/auth/login-identifier";
import type { RecoveryThrottle } from "./recovery-throttle";
import { generateLinkSecret, generateResetCode, hashResetSecret, linkToken, RESET_TTL_MINUTES } from "./reset-secrets";
import { resetCodeSms, resetLinkEmail } from "./reset-messages";

export interface ResetRequest {
  /** Phone in any common spelling, or the account number. */
  login: string;
  channel: ResetChannel;
  ip: string | null;
  now: Date;
}

/** The same answer whether or not the account exists, so recovery cannot tell who is a subscriber. */
export interface ResetRequestReceipt {
  channel: ResetChannel;
  expiresInMinutes: number;
}

/**
 * Sends a one-time code by SMS or a link by e-mail through the outbox. Unknown logins,
 * and e-mail for an account without an address, go through the same steps and get
 * the same receipt; only no message is written.
 */
export async function requestPasswordReset(
  db: Db,
  throttle: RecoveryThrottle,
  input: ResetRequest,
): Promise<ResetRequestReceipt> {
  const identifier = parseLoginIdentifier(input.login);
  // Staff e-mails are not recovered here: an administrator resets staff passwords.
  if (!identifier || identifier.kind === "email") throw new AppError("INVALID_LOGIN");
  const account = await db.subscriberAccount.findUnique({
    where: identifier.kind === "phone" ? { phone: identifier.phone } : { accountNumber: identifier.accountNumber },
    select: { id: true, phone: true, email: true, fullName: true, locale: true },
  });
  await throttle.consumeRequest(account ? `subscriber:${account.id}` : loginKey(identifier), input.ip);

  const secret = input.channel === "SMS" ? generateResetCode() : generateLinkSecret();
  const codeHash = hashResetSecret(secret);
  const receipt: ResetRequestReceipt = { channel: input.channel, expiresInMinutes: RESET_TTL_MINUTES };
  if (!account) return receipt;
  const email = account.email;
  if (input.channel === "EMAIL" && !email) return receipt;

  const expiresAt = new Date(input.now.getTime() + RESET_TTL_MINUTES * 60_000);
  await db.$transaction(async (tx) => {
    await invalidateOpenResets(tx, account.id, input.now);
    const reset = await tx.passwordResetCode.create({
      data: {
        accountId: account.id,
        channel: input.channel,
        codeHash,
        expiresAt,
      },
      select: { id: true },
    });
    await enqueueMessage(tx, {
      ...(email && input.channel === "EMAIL"
        ? resetLinkEmail({ ...account, email }, linkToken(reset.id, secret))
        : resetCodeSms(account, secret)),
      // A code that arrives after it has expired only confuses: the outbox drops it instead.
      expiresAt,
    });
    await writeAuditEntry(tx, {
      actor: null,
      action: "auth.password_reset_requested",
      subjectAccountId: account.id,
      entityType: "PasswordResetCode",
      entityId: reset.id,
      details: { channel: input.channel },
      ip: input.ip,
    });
  });
  return receipt;
}

/** Only the newest code or link works: earlier unused ones expire now. */
export async function invalidateOpenResets(
  db: Db | Prisma.TransactionClient,
  accountId: string,
  now: Date,
): Promise<void> {
  await db.passwordResetCode.updateMany({
    where: { accountId, usedAt: null, expiresAt: { gt: now } },
    data: { expiresAt: now },
  });
}
