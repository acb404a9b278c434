import type { Db } from "@/server/db-client";
import { AppError } from "@/server/domain/errors";
import { readChatContext } from "@/server/domain/chat/chat-context";
import { followUpSelect, toFollowUpView } from "./list-follow-ups";

/**
 * One follow-up with what the supervisor needs to call back: the whole transcript (the bot's part included), the
 * escalation context (page, failed action, error, hints seen) and the subscriber's account at a glance.
 */
export async function getFollowUp(db: Db, input: { followUpId: string; now?: Date }) {
  const row = await db.followUp.findUnique({ where: { id: input.followUpId }, select: followUpSelect });
  if (!row) throw new AppError("NOT_FOUND");
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
  const account = chat.accountId
    ? await db.subscriberAccount.findUnique({
        where: { id: chat.accountId },
        select: { accountNumber: true, phone: true, email: true, status: true, tariff: { select: { name: true } } },
      })
    : null;
  const balance = chat.accountId
    ? ((await db.ledgerEntry.aggregate({ where: { accountId: chat.accountId }, _sum: { amount: true } }))._sum.amount ??
      0)
    : null;
  const context = readChatContext(chat.context);
  return {
    ...toFollowUpView(row, input.now ?? new Date()),
    channel: chat.channel,
    startedAt: chat.createdAt,
    closedAt: chat.closedAt,
    context: {
      page: context.page ?? null,
      failedAction: context.failedAction ?? null,
      errorCode: context.errorCode ?? null,
      hintsShown: (context.hintsShown ?? []).map((hint) => hint.text),
    },
    account: account && {
      accountNumber: account.accountNumber,
      phone: account.phone,
      email: account.email,
      status: account.status,
      tariffName: account.tariff.name,
      balanceKopecks: balance ?? 0,
    },
    transcript: chat.messages,
  };
}

export type FollowUpDetails = Awaited<ReturnType<typeof getFollowUp>>;
