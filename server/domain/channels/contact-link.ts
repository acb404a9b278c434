import type { Db } from "@/server/db-client";
import { localeOrDefault } from "@/i18n/locales";
import { createTranslator } from "@/i18n/translator";
import { loginKey, normalizePhone, parseLoginIdentifier } from "@/server/auth/login-identifier";
import type { Principal } from "@/server/auth/principal";
import { writeAuditEntry } from "@/server/domain/audit/write-audit-entry";
import { enqueueMessage } from "@/server/domain/outbox/enqueue-message";
import type { RecoveryThrottle } from "@/server/domain/recovery/recovery-throttle";
import { isResetCodeFormat } from "@/server/domain/recovery/reset-code-format";
import {
  generateResetCode,
  hashResetSecret,
  openCodeWhere,
  resetSecretMatches,
  RESET_TTL_MINUTES,
} from "@/server/domain/recovery/reset-secrets";
import type { Prisma } from "@/server/generated/prisma/client";
import { latestContactChat, OPEN_CHAT_STATES } from "./contact-chats";

type Tx = Prisma.TransactionClient;

/** The limits' key for a contact: it stands where a web request's IP does. */
const requesterKey = (contactId: string) => `contact:${contactId}`;

/**
 * The contact names an account (phone or account number); a one-time code goes by SMS to the account's phone
 * through the outbox. The same code rules and the same limits as password recovery (per account, shared with
 * it, and per requester), and the same answer whether or not the account exists. RATE_LIMITED when over.
 */
export async function requestLinkCode(
  db: Db,
  throttle: RecoveryThrottle,
  input: { contactId: string; login: string; now: Date },
): Promise<"sent" | "notALogin"> {
  const identifier = parseLoginIdentifier(input.login);
  if (!identifier || identifier.kind === "email") return "notALogin";
  const account = await db.subscriberAccount.findUnique({
    where: identifier.kind === "phone" ? { phone: identifier.phone } : { accountNumber: identifier.accountNumber },
    select: { id: true, phone: true, locale: true },
  });
  await throttle.consumeRequest(
    account ? `subscriber:${account.id}` : loginKey(identifier),
    requesterKey(input.contactId),
  );
  if (!account) return "sent";
  const code = generateResetCode();
  const expiresAt = new Date(input.now.getTime() + RESET_TTL_MINUTES * 60_000);
  const t = createTranslator(localeOrDefault(account.locale));
  await db.$transaction(async (tx) => {
    // Only the newest code works.
    await tx.contactLinkCode.updateMany({
      where: { contactId: input.contactId, usedAt: null, expiresAt: { gt: input.now } },
      data: { expiresAt: input.now },
    });
    const row = await tx.contactLinkCode.create({
      data: { contactId: input.contactId, accountId: account.id, codeHash: hashResetSecret(code), expiresAt },
      select: { id: true },
    });
    const body = t("messenger.linkSms", { code, minutes: RESET_TTL_MINUTES });
    await enqueueMessage(tx, { channel: "SMS", recipient: account.phone, body, expiresAt });
    await writeAuditEntry(tx, {
      actor: null,
      action: "channels.link_code_requested",
      subjectAccountId: account.id,
      entityType: "ChannelContact",
      entityId: input.contactId,
      details: { codeId: row.id },
    });
  });
  return "sent";
}

export type LinkOutcome = { kind: "linked"; accountNumber: string } | { kind: "refused" };

/**
 * The code the contact typed. Wrong, expired, used-up or never-sent codes all give the same refusal; each try
 * counts against the code (5) and against the contact (recovery's wrong-code limit), before the comparison.
 */
export async function confirmLinkCode(
  db: Db,
  throttle: RecoveryThrottle,
  input: { contactId: string; code: string; now: Date },
): Promise<LinkOutcome> {
  const requester = requesterKey(input.contactId);
  await throttle.assertConfirmAllowed(requester);
  const refuse = async (): Promise<LinkOutcome> => {
    await throttle.recordConfirmFailure(requester);
    return { kind: "refused" };
  };
  const code = input.code.replace(/[\s-]/g, "");
  const row = await db.contactLinkCode.findFirst({
    where: { contactId: input.contactId, usedAt: null },
    orderBy: { createdAt: "desc" },
  });
  if (!row || !isResetCodeFormat(code)) return refuse();
  const attempt = await db.contactLinkCode.updateMany({
    where: { id: row.id, ...openCodeWhere(input.now) },
    data: { attempts: { increment: 1 } },
  });
  if (attempt.count !== 1 || !resetSecretMatches(row.codeHash, code)) return refuse();
  const linked = await db.$transaction(async (tx) => {
    const used = await tx.contactLinkCode.updateMany({
      where: { id: row.id, usedAt: null },
      data: { usedAt: input.now },
    });
    if (used.count !== 1) return null;
    return linkContact(tx, {
      contactId: input.contactId,
      accountId: row.accountId,
      method: "SMS_CODE",
      now: input.now,
    });
  });
  return linked ? { kind: "linked", accountNumber: linked } : refuse();
}

/**
 * A phone shared from the messenger links at once when the messenger vouches it is the sender's own and it is
 * an account's phone; anything else is refused and the contact can still link by code.
 */
export async function linkBySharedPhone(
  db: Db,
  input: { contactId: string; phone: string; own: boolean; now: Date },
): Promise<{ kind: "linked"; accountNumber: string } | { kind: "notOwn" | "noAccount" }> {
  if (!input.own) return { kind: "notOwn" };
  const phone = normalizePhone(input.phone.startsWith("+") ? input.phone : `+${input.phone}`);
  const account = phone ? await db.subscriberAccount.findUnique({ where: { phone }, select: { id: true } }) : null;
  if (!account) return { kind: "noAccount" };
  const accountNumber = await db.$transaction((tx) =>
    linkContact(tx, { contactId: input.contactId, accountId: account.id, method: "SHARED_CONTACT", now: input.now }),
  );
  return { kind: "linked", accountNumber };
}

/**
 * The contact becomes the subscriber: its open chat and every later one are the account's, so the operator
 * sees the subscriber panel and may act for them with consent, as on the site. Returns the account number.
 */
async function linkContact(
  tx: Tx,
  input: { contactId: string; accountId: string; method: "SMS_CODE" | "SHARED_CONTACT"; now: Date },
): Promise<string> {
  await tx.channelContact.update({
    where: { id: input.contactId },
    data: { accountId: input.accountId, linkedAt: input.now, prompt: null, promptUntil: null, promptChatId: null },
  });
  const open = await latestContactChat(tx, input.contactId, { state: { in: OPEN_CHAT_STATES }, accountId: null });
  if (open) await tx.chat.update({ where: { id: open.id }, data: { accountId: input.accountId } });
  await writeAuditEntry(tx, {
    actor: null,
    action: "channels.contact_linked",
    subjectAccountId: input.accountId,
    entityType: "ChannelContact",
    entityId: input.contactId,
    details: { method: input.method, ...(open ? { chatId: open.id } : {}) },
  });
  const account = await tx.subscriberAccount.findUniqueOrThrow({
    where: { id: input.accountId },
    select: { accountNumber: true },
  });
  return account.accountNumber;
}

/**
 * Ends the link: later chats are a visitor's again. By the contact itself (actor null) or by a signed-in
 * subscriber or staff member; returns the account it was linked to, or null when it was not linked.
 */
export async function unlinkContact(
  db: Db,
  input: { contactId: string; actor: Principal | null; now?: Date; chatId?: string },
): Promise<string | null> {
  return db.$transaction(async (tx) => {
    const contact = await tx.channelContact.findUnique({ where: { id: input.contactId } });
    if (!contact?.accountId) return null;
    await tx.channelContact.update({
      where: { id: contact.id },
      data: { accountId: null, linkedAt: null, prompt: null, promptUntil: null, promptChatId: null },
    });
    await writeAuditEntry(tx, {
      actor: input.actor,
      action: "channels.contact_unlinked",
      subjectAccountId: contact.accountId,
      entityType: "ChannelContact",
      entityId: contact.id,
      details: { by: input.actor?.kind ?? "contact", ...(input.chatId ? { chatId: input.chatId } : {}) },
    });
    return contact.accountId;
  });
}
