import type { Prisma } from "@/server/generated/prisma/client";
import { createTranslator } from "@/i18n/translator";
import { enqueueMessage } from "@/server/domain/outbox/enqueue-message";
import { enqueueOutbound, textOnly } from "@/server/domain/channels/outbound";
import type { FollowUpOutcome } from "./follow-up-filters";

/**
 * Tells the subscriber how their follow-up ended, through the channel they used: the messenger the chat came
 * from, otherwise the account's e-mail (the only way for a self-service contact, which has no chat). False when
 * there is no way to reach them.
 */
export async function notifyOutcome(
  tx: Prisma.TransactionClient,
  input: {
    chatId: string | null;
    accountId: string | null;
    outcome: FollowUpOutcome | null;
    amountRub: number | null;
    now: Date;
  },
): Promise<boolean> {
  const link = input.chatId
    ? await tx.channelChat.findUnique({ where: { chatId: input.chatId }, include: { contact: true } })
    : null;
  const locale = link?.contact.locale === "en" ? "en" : "ru";
  const t = createTranslator(locale);
  const text = t(`followUps.notice.${input.outcome ?? "NONE"}`, { amount: input.amountRub ?? 0 });
  if (link) {
    const target = { inboxId: link.contact.inboxId, recipient: link.contact.externalId, chatId: link.chatId };
    await enqueueOutbound(tx, target, [{ message: textOnly(text) }], input.now);
    return true;
  }
  const account = input.accountId
    ? await tx.subscriberAccount.findUnique({ where: { id: input.accountId }, select: { email: true } })
    : null;
  if (!account?.email) return false;
  await enqueueMessage(tx, {
    channel: "EMAIL",
    recipient: account.email,
    subject: t("followUps.noticeSubject"),
    body: text,
  });
  return true;
}
