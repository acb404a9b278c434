import type { Db } from "@/server/db-client";
import { isChatContactLinked } from "@/server/domain/channels/contact-unlink";
import { REPLY_WINDOW_HOURS, replyWindowEndsAt as replyWindowEnds } from "@/server/domain/channels/reply-window";
import type { MessengerChannel } from "@/server/domain/channels/inboxes";
import { AppError } from "@/server/domain/errors";
import { getAccountSummary } from "@/server/domain/account/get-account-summary";
import { listLedger } from "@/server/domain/payments/list-ledger";
import { readChatContext } from "../chat-context";
import { isChatStaff, type ChatParty } from "../chat-party";
import { listChatOperators } from "../chat-operators";

const RECENT_ACTIONS = 10;

/**
 * What the operator sees beside the transcript: the escalation context and who the
 * subscriber is — account, balance, tariff, options, the last 10 ledger entries and the
 * last self-service attempts with their errors. Only the chat's operator or a supervisor.
 */
export async function getChatDetails(db: Db, party: ChatParty, chatId: string) {
  const chat = await db.chat.findUnique({
    where: { id: chatId },
    include: { operator: { select: { id: true, fullName: true } }, banner: { select: { id: true, title: true } } },
  });
  if (!chat || !isChatStaff(chat, party)) throw new AppError("NOT_FOUND");
  const context = readChatContext(chat.context);
  const [account, operators, replyWindowEndsAt, contactLinked] = await Promise.all([
    chat.accountId ? loadSubscriberPanel(db, chat.accountId) : null,
    listChatOperators(db, chat.id),
    replyWindowEnds(db, chat.id),
    isChatContactLinked(db, chat),
  ]);
  return {
    chat: {
      id: chat.id,
      state: chat.state,
      kind: chat.kind,
      channel: chat.channel,
      topic: chat.topic,
      lastSeq: chat.lastSeq,
      createdAt: chat.createdAt,
      queuedAt: chat.queuedAt,
      firstResponseAt: chat.firstResponseAt,
      isMissed: chat.isMissed,
      actionConsentAt: chat.actionConsentAt,
      operator: chat.operator,
      banner: chat.banner,
      operators,
      /** A messenger's reply window (Facebook's 24 hours): after it, operator replies are refused. */
      replyWindowEndsAt,
      replyWindowHours: REPLY_WINDOW_HOURS[chat.channel as MessengerChannel] ?? null,
      /** The chat came from a messenger contact linked to this account: the operator may unlink it. */
      contactLinked,
    },
    escalation: {
      page: context.page ?? null,
      failedAction: context.failedAction ?? null,
      errorCode: context.errorCode ?? null,
      hintsShown: context.hintsShown ?? [],
      handoverReason: context.handoverReason ?? null,
      bannerTopic: context.bannerTopic ?? null,
    },
    visitor: chat.accountId
      ? null
      : { name: chat.visitorName, phone: chat.visitorPhone, leftRequest: chat.leftRequest },
    account,
  };
}

async function loadSubscriberPanel(db: Db, accountId: string) {
  const [summary, ledger, actions, tariffs, options] = await Promise.all([
    getAccountSummary(db, accountId),
    listLedger(db, accountId, { page: 1, pageSize: 10 }),
    db.selfServiceEvent.findMany({
      where: { accountId },
      orderBy: { createdAt: "desc" },
      take: RECENT_ACTIONS,
      select: { id: true, action: true, succeeded: true, errorCode: true, page: true, createdAt: true },
    }),
    // What the operator may offer; the domain rules still decide whether it is allowed.
    db.tariff.findMany({
      where: { isArchived: false },
      orderBy: { sortOrder: "asc" },
      select: { id: true, name: true, nameEn: true, monthlyFee: true },
    }),
    db.option.findMany({
      where: { isArchived: false },
      orderBy: { sortOrder: "asc" },
      select: { id: true, name: true, nameEn: true, monthlyFee: true, connectionFee: true },
    }),
  ]);
  const connected = new Set(summary.options.map((o) => o.id));
  return {
    ...summary,
    ledger: ledger.items,
    recentActions: actions,
    offers: {
      tariffs: tariffs.filter((t) => t.id !== summary.tariff.id),
      options: options.filter((o) => !connected.has(o.id)),
    },
  };
}
