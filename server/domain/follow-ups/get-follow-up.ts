import type { Db } from "@/server/db-client";
import { AppError } from "@/server/domain/errors";
import { readChatContext } from "@/server/domain/chat/chat-context";
import { followUpSelect, toFollowUpView } from "./list-follow-ups";

/** The subscriber's account at a glance: contacts, tariff, balance. */
async function accountAtAGlance(db: Db, accountId: string | null) {
  if (!accountId) return null;
  const account = await db.subscriberAccount.findUnique({
    where: { id: accountId },
    select: { accountNumber: true, phone: true, email: true, status: true, tariff: { select: { name: true } } },
  });
  if (!account) return null;
  const balance = await db.ledgerEntry.aggregate({ where: { accountId }, _sum: { amount: true } });
  return {
    accountNumber: account.accountNumber,
    phone: account.phone,
    email: account.email,
    status: account.status,
    tariffName: account.tariff.name,
    balanceKopecks: balance._sum.amount ?? 0,
  };
}

/**
 * One follow-up with what the supervisor needs to call back: the whole transcript (the bot's part included), the
 * escalation context (page, failed action, error, hints seen) and the subscriber's account at a glance. A
 * self-service contact has no transcript: its context is the action that failed, then succeeded.
 */
export async function getFollowUp(db: Db, input: { followUpId: string; now?: Date }) {
  const row = await db.followUp.findUnique({ where: { id: input.followUpId }, select: followUpSelect });
  if (!row) throw new AppError("NOT_FOUND");
  const view = toFollowUpView(row, input.now ?? new Date());
  if (!row.chat) {
    const contact = row.selfServiceContact;
    return {
      ...view,
      channel: "WEB" as const,
      startedAt: contact?.createdAt ?? row.createdAt,
      closedAt: null,
      context: {
        page: contact?.page ?? null,
        failedAction: contact?.action ?? null,
        errorCode: contact?.errorCode ?? null,
        hintsShown: [] as string[],
      },
      account: await accountAtAGlance(db, contact?.account.id ?? null),
      transcript: [],
    };
  }
  const chat = await db.chat.findUniqueOrThrow({
    where: { id: row.chat.id },
    select: {
      channel: true,
      createdAt: true,
      closedAt: true,
      context: true,
      accountId: true,
      messages: {
        orderBy: { seq: "asc" },
        select: { seq: true, author: true, text: true, isInternal: true, createdAt: true },
      },
    },
  });
  const context = readChatContext(chat.context);
  return {
    ...view,
    channel: chat.channel,
    startedAt: chat.createdAt,
    closedAt: chat.closedAt,
    context: {
      page: context.page ?? null,
      failedAction: context.failedAction ?? null,
      errorCode: context.errorCode ?? null,
      hintsShown: (context.hintsShown ?? []).map((hint) => hint.text),
    },
    account: await accountAtAGlance(db, chat.accountId),
    transcript: chat.messages,
  };
}

export type FollowUpDetails = Awaited<ReturnType<typeof getFollowUp>>;
