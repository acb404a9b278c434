/**
 * The two measured ways a chat message reaches the other side: the product path
 * (`sendChatMessage`: store in the database, then publish) and publish only (the SDK
 * trigger with a message of the same shape, no database), over the same clients.
 */
import type { Db } from "@/server/db-client";
import { AppError } from "@/server/domain/errors";
import { chatChannel, type ChatMessageView } from "@/server/realtime/contract";
import { sendChatMessage } from "@/server/domain/chat/send-message";
import type { RealtimePublisher } from "@/server/realtime/publisher";
import type { BenchChat } from "./chat-fixtures";
import type { ChatClients } from "./chat-clients";
import { DeliveryTracker } from "./delivery-tracker";
import { runPlan, type PacingPlan, type PlannedSend } from "./pacing";
import { getChatSendLimiter } from "@/server/chat-limiters";

export interface ChatPhaseContext {
  db: Db;
  publisher: RealtimePublisher;
  chats: BenchChat[];
  clients: ChatClients;
  text: string;
}

/** Ids double as the message's clientId, which the product requires to be 8–64 word characters. */
export function messageId(prefix: string, entry: PlannedSend): string {
  return `${prefix}-${String(entry.chat).padStart(6, "0")}-${String(entry.index).padStart(3, "0")}`;
}

/** Even messages come from the subscriber, odd ones from the operator, so both directions are measured. */
const fromSubscriber = (entry: PlannedSend) => entry.index % 2 === 0;

/** One measured phase: each planned send is marked sent on the phase's own tracker, then `send` delivers it. */
async function runPhase(
  context: ChatPhaseContext,
  plan: PacingPlan,
  prefix: string,
  send: (
    chat: ChatPhaseContext["chats"][number],
    id: string,
    entry: PlannedSend,
    tracker: DeliveryTracker,
  ) => Promise<void>,
): Promise<DeliveryTracker> {
  const tracker = new DeliveryTracker();
  context.clients.tracker = tracker;
  await runPlan(plan, async (entry, lagMs) => {
    const id = messageId(prefix, entry);
    tracker.markSent(id, lagMs);
    await send(context.chats[entry.chat]!, id, entry, tracker);
  });
  return tracker;
}

export function runStoredPhase(context: ChatPhaseContext, plan: PacingPlan, prefix: string): Promise<DeliveryTracker> {
  return runPhase(context, plan, prefix, async (chat, id, entry, tracker) => {
    try {
      const party = fromSubscriber(entry) ? chat.subscriber : chat.operator;
      const view = await sendChatMessage(
        context.db,
        { events: context.publisher, limiter: getChatSendLimiter() },
        {
          party,
          chatId: chat.id,
          text: context.text,
          clientId: id,
        },
      );
      // sendChatMessage stamps deliveredAt only when the publish went through.
      if (!view.deliveredAt) tracker.noteError("publish failed");
    } catch (error) {
      tracker.markNotSent(id, error instanceof AppError ? error.code : String(error));
    }
  });
}

export function runPublishOnlyPhase(
  context: ChatPhaseContext,
  plan: PacingPlan,
  prefix: string,
): Promise<DeliveryTracker> {
  return runPhase(context, plan, prefix, async (chat, id, entry, tracker) => {
    const view = sampleView(
      chat.id,
      id,
      context.text,
      fromSubscriber(entry) ? "SUBSCRIBER" : "OPERATOR",
      entry.index + 1,
    );
    if (!(await context.publisher.publish(chatChannel(chat.id), "message", view))) tracker.noteError("publish failed");
  });
}

/** A message as clients receive it, for the publish-only phase and for sizing the floor's frames. */
export function sampleView(
  chatId: string,
  clientId: string,
  text: string,
  author: ChatMessageView["author"],
  seq: number,
): ChatMessageView {
  const now = new Date().toISOString();
  return {
    id: `pub${clientId.replace(/-/g, "")}`.slice(0, 25),
    chatId,
    seq,
    author,
    operatorId: null,
    text,
    isInternal: false,
    payload: null,
    clientId,
    createdAt: now,
    deliveredAt: null,
    readAt: null,
    attachmentIds: [],
  };
}

/** Bytes of the Pusher frame our server writes for a message (what the floor's frames are padded to). */
export function pusherFrameBytes(view: ChatMessageView): number {
  const frame = { event: "message", channel: chatChannel(view.chatId), data: JSON.stringify(view) };
  return Buffer.byteLength(JSON.stringify(frame));
}
