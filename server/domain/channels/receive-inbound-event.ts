import { randomBytes } from "node:crypto";
import type { Db } from "@/server/db-client";
import { createTranslator } from "@/i18n/translator";
import { attachImage } from "@/server/domain/chat/attach-image";
import type { ChatEvents } from "@/server/domain/chat/chat-events";
import type { ChatParty } from "@/server/domain/chat/chat-party";
import { rateChat } from "@/server/domain/chat/rate-chat";
import { sendChatMessage, type SendMessageDeps } from "@/server/domain/chat/send-message";
import { startChat } from "@/server/domain/chat/start-chat";
import type { BotPayload } from "@/server/realtime/contract";
import { isAppError } from "@/server/domain/errors";
import { markContactUnreachable } from "./contact-delivery";
import { parseButtonData, type InboundContact, type InboundEvent } from "./inbound-event";
import type { MessengerChannel } from "./inboxes";
import { enqueueOutbound, ratingPrompt, textOnly, type OutboundMessage } from "./outbound";

export interface ReceiveDeps extends SendMessageDeps {
  events: ChatEvents;
  /** Where a happy rater is invited to leave a public review. */
  reviewUrl: string;
  /** Called when the bot has just handed the chat to the queue. */
  onQueued?: () => Promise<void>;
}

interface Inbound {
  inbox: { id: string; channel: MessengerChannel };
  /** The stored update's id: the chat message keeps it as its clientId, so a replay is stored once. */
  updateKey: string;
  event: InboundEvent;
  /** The picture's bytes for an image event, fetched by the adapter. */
  image?: Uint8Array;
  now?: Date;
}

type Contact = Awaited<ReturnType<typeof upsertContact>>;

/**
 * A normalized webhook event meets the chat domain exactly as the site widget does: the contact is a visitor,
 * the message goes through sendChatMessage (the bot's turn, handover, queue), a picture through attachImage,
 * and the rating through rateChat. The replies leave later through relayReplies and the outbox.
 */
export async function receiveInboundEvent(db: Db, deps: ReceiveDeps, inbound: Inbound): Promise<void> {
  const { event, inbox } = inbound;
  if (event.kind === "unreachable")
    return markContactUnreachable(db, deps.events, {
      inboxId: inbox.id,
      externalId: event.contact.externalId,
      now: inbound.now,
    });
  const contact = await upsertContact(db, inbox.id, event.contact, inbound.now ?? new Date());
  const party: ChatParty = { kind: "visitor", token: contact.visitorToken };
  const clientId = `ch-${inbound.updateKey}`;
  if (event.kind === "button") return pressButton(db, deps, { inbound, contact, party, clientId });
  const chat = await openChannelChat(db, deps.events, inbox, contact, inbound.now);
  if (event.kind === "start") return;
  if (event.kind === "text") {
    await sendChatMessage(db, deps, { party, chatId: chat.id, text: event.text, clientId, onQueued: deps.onQueued });
  } else if (event.kind === "image" && inbound.image) {
    await attachImage(db, deps.events, { party, chatId: chat.id, bytes: inbound.image, caption: event.caption ?? "" });
  } else {
    // A sticker or a voice note: the person is asked for text, and an operator on the chat sees that something came.
    const t = createTranslator(contact.locale === "en" ? "en" : "ru");
    await reply(db, inbound, contact, chat.id, textOnly(t("bot.unsupportedMessage")));
    if (chat.state !== "BOT")
      await sendChatMessage(db, deps, { party, chatId: chat.id, text: t("bot.unsupportedPlaceholder"), clientId });
  }
}

async function upsertContact(db: Db, inboxId: string, contact: InboundContact, now: Date) {
  return db.channelContact.upsert({
    where: { inboxId_externalId: { inboxId, externalId: contact.externalId } },
    create: {
      inboxId,
      externalId: contact.externalId,
      name: contact.name,
      locale: contact.locale,
      visitorToken: `ch_${randomBytes(18).toString("base64url")}`,
      lastInboundAt: now,
    },
    // Writing again means the bot is no longer blocked. A messenger that does not name the person (VK) keeps the name.
    update: { ...(contact.name ? { name: contact.name } : {}), unreachableAt: null, lastInboundAt: now },
  });
}

/** The contact's open chat, or a new one with the bot, marked with the inbox's channel. */
async function openChannelChat(db: Db, events: ChatEvents, inbox: Inbound["inbox"], contact: Contact, now?: Date) {
  const chat = await startChat(db, events, {
    party: { kind: "visitor", token: contact.visitorToken },
    kind: "SUPPORT",
    channel: inbox.channel,
    locale: contact.locale === "en" ? "en" : "ru",
    visitor: { name: contact.name, consent: false },
    now,
  });
  await db.channelChat.upsert({
    where: { chatId: chat.id },
    create: { chatId: chat.id, contactId: contact.id },
    update: {},
  });
  return chat;
}

async function reply(db: Db, inbound: Inbound, contact: Contact, chatId: string, message: OutboundMessage) {
  const target = { inboxId: inbound.inbox.id, recipient: contact.externalId, chatId };
  await db.$transaction((tx) => enqueueOutbound(tx, target, [{ message }], inbound.now));
}

interface Press {
  inbound: Inbound;
  contact: Contact;
  party: ChatParty;
  clientId: string;
}

/** A quick reply is sent as the text it shows; the rating buttons answer the 1–5 and then the 0–10 question. */
async function pressButton(db: Db, deps: ReceiveDeps, { inbound, contact, party, clientId }: Press) {
  const event = inbound.event as Extract<InboundEvent, { kind: "button" }>;
  const press = parseButtonData(event.data);
  if (!press) return;
  if (press.kind === "quickReply") {
    const chat = await openChannelChat(db, deps.events, inbound.inbox, contact, inbound.now);
    const source = await db.chatMessage.findUnique({
      where: { chatId_seq: { chatId: chat.id, seq: press.seq } },
      select: { payload: true },
    });
    const text = ((source?.payload ?? {}) as BotPayload).quickReplies?.[press.index];
    if (text) await sendChatMessage(db, deps, { party, chatId: chat.id, text, clientId, onQueued: deps.onQueued });
    return;
  }
  const rated = await db.chat.findFirst({
    where: { visitorToken: contact.visitorToken, accountId: null, state: "CLOSED", queuedAt: { not: null } },
    orderBy: { createdAt: "desc" },
    select: { id: true },
  });
  if (!rated) return;
  const t = createTranslator(contact.locale === "en" ? "en" : "ru");
  if (press.kind === "score") {
    await db.channelContact.update({ where: { id: contact.id }, data: { pendingScore: press.score } });
    await reply(db, inbound, contact, rated.id, ratingPrompt("nps", t("bot.npsQuestion"), t("bot.ratingSkip")));
    return;
  }
  if (contact.pendingScore === null) return;
  try {
    await rateChat(db, {
      party,
      chatId: rated.id,
      score: contact.pendingScore,
      npsScore: press.score,
      reviewUrl: deps.reviewUrl,
      now: inbound.now,
    });
  } catch (error) {
    if (isAppError(error) && error.code === "ALREADY_RATED") return;
    throw error;
  }
  await db.channelContact.update({ where: { id: contact.id }, data: { pendingScore: null } });
  await reply(db, inbound, contact, rated.id, textOnly(t("bot.ratingThanks")));
}
