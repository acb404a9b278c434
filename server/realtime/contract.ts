/**
 * The one realtime contract between the server and the browser: which channels exist and
 * what each of our events carries. The browser bundles this file, so it imports only
 * zod/mini (the tree-shakable build of zod 4, small enough for the chat widget on every
 * page) and Prisma's generated enums (plain objects, already in client code). The
 * embedded Pusher server (protocol.ts, channels.ts) stays generic and never reads it.
 */
import { z } from "zod/mini";
import { ChatKind, ChatState, MessageAuthor, OperatorPresence } from "@/server/generated/prisma/enums";
import { DELIVERY_REASONS, DELIVERY_STATES } from "@/server/domain/channels/delivery-reason";

// The channel names are a module of their own: the operator workspace subscribes to them before it needs any schema.
export {
  chatChannel,
  chatStaffChannel,
  OPERATOR_QUEUE_CHANNEL,
  OPERATORS_PRESENCE_CHANNEL,
  parseChannel,
  type RealtimeChannel,
} from "./channel-names";

const isoTime = z.iso.datetime();
const seq = z.int().check(z.nonnegative());

/** Whose screen it is, and who did something: the subscriber's (or visitor's) side, or staff. */
const chatSide = z.enum(["owner", "staff"]);

const botPayload = z.object({
  articles: z.optional(z.array(z.object({ slug: z.string(), title: z.string() }))),
  /** Shown after the articles, before the quick replies ("Did it help?"). */
  question: z.optional(z.string()),
  quickReplies: z.optional(z.array(z.string())),
  /** The operator asks permission to make changes for the subscriber (answered with a button). */
  consentRequest: z.optional(z.boolean()),
});

/** What clients see of a message; the same shape over the API and over realtime. */
const chatMessageView = z.object({
  id: z.string(),
  chatId: z.string(),
  seq,
  author: z.enum(MessageAuthor),
  /** The staff member who wrote an operator's message; their names come with the chat (chat.current, workspace.details). */
  operatorId: z.nullable(z.string()),
  text: z.string(),
  isInternal: z.boolean(),
  payload: z.nullable(botPayload),
  clientId: z.nullable(z.string()),
  createdAt: isoTime,
  deliveredAt: z.nullable(isoTime),
  readAt: z.nullable(isoTime),
  attachmentIds: z.array(z.string()),
});

const chatStateView = z.object({
  id: z.string(),
  state: z.enum(ChatState),
  kind: z.enum(ChatKind),
  operatorId: z.nullable(z.string()),
  leftRequest: z.boolean(),
  lastSeq: seq,
});

const readReceipt = z.object({ by: chatSide, upToSeq: seq, at: isoTime });

/** How a message of a messenger chat fared on its way to the messenger (its outbox row), for staff. */
const messageDelivery = z.object({
  chatId: z.string(),
  messageId: z.string(),
  state: z.enum(DELIVERY_STATES),
  reason: z.nullable(z.enum(DELIVERY_REASONS)),
});

/** Published by the server after commit (publisher.ts): the database already holds what they announce. */
const serverEvents = {
  /** On chatChannel, or chatStaffChannel for a staff note. */
  message: chatMessageView,
  /** On chatChannel: the chat's state moved. */
  state: chatStateView,
  /** On chatChannel: one side read the other's messages up to a seq. */
  read: readReceipt,
  /** On chatStaffChannel: a reply to a messenger was delivered, is being retried, or failed (with why). */
  delivery: messageDelivery,
  /** On OPERATOR_QUEUE_CHANNEL. */
  "queue-changed": z.object({ chatId: z.string(), state: z.enum(ChatState) }),
  /** On OPERATOR_QUEUE_CHANNEL. */
  "presence-changed": z.object({ staffId: z.string(), presence: z.enum(OperatorPresence) }),
};

/** Sent browser to browser on chatChannel; the Pusher server relays them unread, so only the receiver can check them. */
const clientEvents = {
  "client-typing": z.object({ by: chatSide }),
};

const events = { ...serverEvents, ...clientEvents };

export type ServerEventName = keyof typeof serverEvents;
export type ClientEventName = keyof typeof clientEvents;
export type EventName = keyof typeof events;
export type EventPayload<E extends EventName> = z.infer<(typeof events)[E]>;
// The same map, typed per key, so that a generic event's schema parses to that event's payload.
const schemas: { [E in EventName]: z.core.$ZodType<EventPayload<E>> } = events;

export type ChatSide = z.infer<typeof chatSide>;
export type BotPayload = z.infer<typeof botPayload>;
export type ChatMessageView = EventPayload<"message">;
export type ChatStateView = EventPayload<"state">;
export type ReadReceipt = EventPayload<"read">;
export type MessageDelivery = EventPayload<"delivery">;

/** What bindEvent and triggerClientEvent need of a pusher-js channel; structural, so this module never imports pusher-js. */
export interface EventChannel {
  bind(event: string, callback: (data: unknown) => void): unknown;
  unbind(event: string, callback: (data: unknown) => void): unknown;
  trigger(event: string, data: unknown): boolean;
}

/**
 * Binds a handler that only ever sees payloads its event's schema accepts. Anything else
 * is dropped with a warning rather than thrown: one bad frame (an old server, a peer's
 * client event) must not break the chat, and a dropped message still comes from the
 * database by seq at the next gap or resubscribe. Returns the matching unbind.
 */
export function bindEvent<E extends EventName>(
  channel: EventChannel,
  event: E,
  handler: (payload: EventPayload<E>) => void,
): () => void {
  const listener = (data: unknown) => {
    const result = z.safeParse(schemas[event], data);
    if (result.success) handler(result.data);
    else console.warn(`realtime: dropped a malformed "${event}" event`, z.prettifyError(result.error));
  };
  channel.bind(event, listener);
  return () => channel.unbind(event, listener);
}

/** The browser's counterpart of the server's publish: a client event, checked against its payload type. */
export function triggerClientEvent<E extends ClientEventName>(
  channel: EventChannel,
  event: E,
  payload: EventPayload<E>,
): boolean {
  return channel.trigger(event, payload);
}
