import type { Prisma } from "@/server/generated/prisma/client";
import type { BotPayload } from "@/server/realtime/contract";
import { buttonData } from "./inbound-event";

type Tx = Prisma.TransactionClient;

export interface OutboundButton {
  label: string;
  /** Read back by parseButtonData when pressed. */
  data: string;
}

/** A reply as every channel adapter delivers it: text, links, pictures (attachment ids) and quick-reply buttons. */
export interface OutboundMessage {
  text: string;
  links: Array<{ title: string; url: string }>;
  imageIds: string[];
  buttons: OutboundButton[];
  /** A button that shares the person's own phone number (Telegram's request_contact), with this label. */
  requestContact?: string;
  /** Links shown as buttons where the messenger has them (Telegram's url buttons), otherwise in the text. */
  urlButtons?: Array<{ label: string; url: string }>;
  /** A promoter's review invitation: signed into urlButtons by the transport (server/channels/review-link.ts). */
  reviewLinks?: Array<{ label: string; chatId: string; platformId: string }>;
}

interface ReplySource {
  seq: number;
  text: string;
  payload: unknown;
  attachments: Array<{ id: string }>;
}

/**
 * A chat message as it leaves for a messenger: the bot's articles become links, its quick replies buttons, and
 * an operator's request for consent a button that gives it.
 */
export function outboundOf(message: ReplySource, siteUrl: string, labels: { consent: string }): OutboundMessage {
  const payload = (message.payload ?? {}) as BotPayload;
  const consent = payload.consentRequest ? [{ label: labels.consent, data: buttonData.consent() }] : [];
  const imageIds = message.attachments.map((a) => a.id);
  return {
    // A picture's stand-in text is the widget's; the messenger shows the picture itself.
    text: imageIds.length > 0 && message.text === "🖼" ? "" : message.text,
    links: (payload.articles ?? []).map((a) => ({
      title: a.title,
      url: new URL(`/help/${encodeURIComponent(a.slug)}`, siteUrl).toString(),
    })),
    imageIds,
    buttons: [
      ...(payload.quickReplies ?? []).map((label, index) => ({
        label,
        data: buttonData.quickReply(message.seq, index),
      })),
      ...consent,
    ],
  };
}

export const textOnly = (text: string, buttons: OutboundButton[] = []): OutboundMessage => ({
  text,
  links: [],
  imageIds: [],
  buttons,
});

export interface OutboundTarget {
  inboxId: string;
  /** The contact's external id. */
  recipient: string;
  chatId: string;
}

/** Into the outbox, behind the chat's earlier replies; a chat message is handed over once (its id is unique there). */
export async function enqueueOutbound(
  tx: Tx,
  target: OutboundTarget,
  items: Array<{ message: OutboundMessage; chatMessageId?: string; refusedWith?: string }>,
  now = new Date(),
) {
  if (items.length === 0) return;
  await tx.outboxMessage.createMany({
    data: items.map((item) => ({
      inboxId: target.inboxId,
      recipient: target.recipient,
      orderKey: target.chatId,
      body: item.message.text,
      payload: item.message as unknown as Prisma.InputJsonValue,
      chatMessageId: item.chatMessageId ?? null,
      createdAt: now,
      nextAttemptAt: now,
      ...(item.refusedWith ? { status: "FAILED" as const, lastError: item.refusedWith } : {}),
    })),
    skipDuplicates: true,
  });
}
