import type { RateLimiterAbstract } from "rate-limiter-flexible";
import type { Db } from "@/server/db-client";
import { AppError } from "@/server/domain/errors";
import { assertReplyWindowOpen } from "@/server/domain/channels/reply-window";
import { isUniqueViolation } from "@/server/domain/unique-violation";
import { sqlRunner, sqlTransaction } from "@/server/db-driver";
import { Prisma, type ChatMessage } from "@/server/generated/prisma/client";
import { appendMessageStatement, storedMessage } from "./append-message";
import { runBot } from "./bot/run-bot";
import { announceMessage, type ChatEvents } from "./chat-events";
import type { ChatParty } from "./chat-party";
import { openChatForWriting } from "./open-chat-for-writing";
import { markDelivered } from "./mark-delivered";
import { toMessageView } from "./message-view";

export const MAX_MESSAGE_LENGTH = 4_000;

/** What sending needs from outside the domain; the caller owns the instances. */
export interface SendMessageDeps {
  events: ChatEvents;
  /** Keyed per chat and sender side: a person types a few messages a second, more is a script. */
  limiter: RateLimiterAbstract;
  /** Told how long a stored message took to be accepted by the realtime service. */
  onDelivered?: (seconds: number) => void;
}

export interface SendMessageInput {
  party: ChatParty;
  chatId: string;
  text: string;
  /** Chosen by the client; a resend with the same id is stored once. */
  clientId: string;
  /** Staff only: a note the subscriber never sees. */
  isInternal?: boolean;
  /** Called when the bot has just handed the chat to the operator queue (the caller assigns it). */
  onQueued?: () => Promise<void>;
  now?: Date;
}

/**
 * Stores the message first, then publishes it; a failed publish loses nothing because
 * clients backfill by sequence number. A subscriber's message in a bot chat gets the bot's turn.
 */
export async function sendChatMessage(db: Db, deps: SendMessageDeps, input: SendMessageInput) {
  const { events } = deps;
  const text = input.text.trim();
  if (!text || text.length > MAX_MESSAGE_LENGTH)
    throw new AppError("INVALID_INPUT", { field: "text", max: MAX_MESSAGE_LENGTH });
  const { chat, owner, operatorId, author, replyWindowEndsAt } = await openChatForWriting(
    db,
    input.party,
    input.chatId,
  );
  const operator = operatorId !== null;
  if (input.isInternal && !operator) throw new AppError("FORBIDDEN");
  const now = input.now ?? new Date();
  if (operator && !input.isInternal) assertReplyWindowOpen(replyWindowEndsAt, now);

  try {
    await deps.limiter.consume(`${chat.id}:${operator ? "staff" : "owner"}`);
  } catch {
    throw new AppError("RATE_LIMITED", { retryAfterSeconds: 10 });
  }

  const newMessage = {
    chatId: chat.id,
    author,
    operatorId,
    text,
    clientId: input.clientId,
    isInternal: input.isInternal ?? false,
    now,
  };
  // The first human answer stops the response clock and names who answered (the first response time is
  // theirs in the per-operator metrics), in the same transaction; any other message is one statement.
  const firstAnswer = operator && !input.isInternal && !chat.firstResponseAt;
  let message;
  try {
    // On the driver (server/db-driver.ts): the hottest write of the product, and Prisma costs a compile and more
    // per statement and per transaction.
    message = firstAnswer
      ? await sqlTransaction(db, async (sql) => {
          const stored = storedMessage(await sql.query<ChatMessage>(appendMessageStatement(newMessage)));
          await sql.query(Prisma.sql`
            UPDATE "Chat" SET "firstResponseAt" = ${now}, "firstResponderId" = ${operatorId}
             WHERE "id" = ${chat.id} AND "firstResponseAt" IS NULL`);
          return stored;
        })
      : storedMessage(await sqlRunner(db).query<ChatMessage>(appendMessageStatement(newMessage)));
  } catch (error) {
    // A resend: the clientId is taken, and the refused statement gave its sequence number back.
    if (isUniqueViolation(error)) {
      return toMessageView(
        await db.chatMessage.findUniqueOrThrow({
          where: { chatId_clientId: { chatId: chat.id, clientId: input.clientId } },
        }),
      );
    }
    throw error;
  }

  const publishing = performance.now();
  const view = toMessageView(message);
  if (await announceMessage(events, view)) {
    deps.onDelivered?.((performance.now() - publishing) / 1000);
    view.deliveredAt = (await markDelivered(db, message.id))?.toISOString() ?? null;
  }
  if (owner && chat.state === "BOT") {
    const afterBot = await runBot(db, events, chat, text, now);
    if (afterBot?.state === "QUEUED") await input.onQueued?.();
  }
  return view;
}
