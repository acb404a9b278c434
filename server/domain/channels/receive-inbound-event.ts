import { randomBytes } from "node:crypto";
import type { Db } from "@/server/db-client";
import { attachImage } from "@/server/domain/chat/attach-image";
import { MAX_IMAGE_BYTES } from "@/server/domain/chat/chat-image-limits";
import type { ChatEvents } from "@/server/domain/chat/chat-events";
import { sendChatMessage, type SendMessageDeps } from "@/server/domain/chat/send-message";
import { startChat } from "@/server/domain/chat/start-chat";
import type { RecoveryThrottle } from "@/server/domain/recovery/recovery-throttle";
import { getRecoveryThrottle } from "@/server/domain/recovery/recovery-throttle-instance";
import type { BotPayload } from "@/server/realtime/contract";
import { markContactUnreachable } from "./contact-delivery";
import { contactParty, contactTranslator, replyToContact } from "./contact-chats";
import { handleLinkDialog, offerLink } from "./contact-dialog";
import { answerRatingButton, takeRatingComment } from "./contact-rating";
import { parseButtonData, type InboundContact, type InboundEvent } from "./inbound-event";
import type { MessengerChannel } from "./inboxes";
import { textOnly } from "./outbound";

export interface ReceiveDeps extends SendMessageDeps {
  events: ChatEvents;
  /** Where a happy rater is invited to leave a public review. */
  /** Called when the bot has just handed the chat to the queue. */
  onQueued?: () => Promise<void>;
  /** The SMS-code limits linking shares with password recovery; the process's own when not given. */
  throttle?: RecoveryThrottle;
  /** The site's address for article links: with it, the bot's own answers follow the chat's lines in order. */
  siteUrl?: string;
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
 * A normalized webhook event meets the chat domain exactly as the site widget does: the contact is a visitor
 * (or, once linked, the subscriber), the message goes through sendChatMessage (the bot's turn, handover,
 * queue), a picture through attachImage, and the rating through rateChat. Linking and the rating's steps are
 * a short conversation with the bot first. The replies leave later through relayReplies and the outbox.
 */
export async function receiveInboundEvent(db: Db, deps: ReceiveDeps, inbound: Inbound): Promise<void> {
  const { inbox } = inbound;
  const now = inbound.now ?? new Date();
  if (inbound.event.kind === "unreachable")
    return markContactUnreachable(db, deps.events, {
      inboxId: inbox.id,
      externalId: inbound.event.contact.externalId,
      now,
    });
  const contact = await upsertContact(db, inbox.id, inbound.event.contact, now);
  const party = contactParty(contact);
  const clientId = `ch-${inbound.updateKey}`;
  const event = await quickReplyAsText(db, deps, { inbound, contact, now });
  if (!event) return;
  const throttle = deps.throttle ?? getRecoveryThrottle();
  const target = { inboxId: inbox.id, contact, siteUrl: deps.siteUrl };
  if (await handleLinkDialog(db, { throttle, events: deps.events }, { ...target, event, now })) return;
  const answer = { ...target, now, events: deps.events };
  if (event.kind === "button") {
    await answerRatingButton(db, parseButtonData(event.data), answer);
    return;
  }
  if (event.kind === "text" && (await takeRatingComment(db, { ...answer, text: event.text }))) return;
  const chat = await openChannelChat(db, deps.events, inbox, contact, now);
  if (event.kind === "start") {
    if (!contact.accountId) await offerLink(db, deps.events, { chatId: chat.id, contact, now });
    return;
  }
  if (event.kind === "text") {
    await sendChatMessage(db, deps, { party, chatId: chat.id, text: event.text, clientId, onQueued: deps.onQueued });
  } else if (event.kind === "image" && inbound.image) {
    await attachImage(db, deps.events, { party, chatId: chat.id, bytes: inbound.image, caption: event.caption ?? "" });
  } else {
    // A sticker, a voice note or an oversized photo: the person is told what we take, and an operator on the
    // chat sees that something came.
    const t = contactTranslator(contact);
    const tooLarge = event.kind === "unsupported" && event.reason === "tooLarge";
    const text = tooLarge
      ? t("messenger.imageTooLarge", { megabytes: Math.round(MAX_IMAGE_BYTES / 1024 / 1024) })
      : t("bot.unsupportedMessage");
    await replyToContact(db, target, textOnly(text), now);
    if (chat.state !== "BOT")
      await sendChatMessage(db, deps, { party, chatId: chat.id, text: t("bot.unsupportedPlaceholder"), clientId });
  }
}

/** Whether the contact already has a name kept: then the messenger is not asked for it again. */
export async function contactNameKnown(db: Db, inboxId: string, externalId: string): Promise<boolean> {
  const contact = await db.channelContact.findUnique({
    where: { inboxId_externalId: { inboxId, externalId } },
    select: { name: true },
  });
  return Boolean(contact?.name);
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
    // Writing again means the bot is no longer blocked. An event without a name (VK's, Facebook's when the profile
    // call failed) keeps the kept one.
    update: { ...(contact.name ? { name: contact.name } : {}), unreachableAt: null, lastInboundAt: now },
  });
}

/**
 * The contact's open chat (a linked contact's: the subscriber's, wherever it was opened), or a new one with the
 * bot, marked with the inbox's channel. A chat first met here from another channel is relayed from now on only.
 */
async function openChannelChat(db: Db, events: ChatEvents, inbox: Inbound["inbox"], contact: Contact, now: Date) {
  const chat = await startChat(db, events, {
    party: contactParty(contact),
    kind: "SUPPORT",
    channel: inbox.channel,
    locale: contact.locale === "en" ? "en" : "ru",
    visitor: { name: contact.name, consent: false },
    now,
  });
  await db.channelChat.upsert({
    where: { chatId: chat.id },
    create: {
      chatId: chat.id,
      contactId: contact.id,
      relayedSeq: chat.channel === inbox.channel ? 0 : chat.lastSeq,
    },
    update: {},
  });
  // A name learned after the chat opened (VK's and Facebook's are asked of the messenger) reaches the workspace too.
  if (!chat.accountId && !chat.visitorName && contact.name)
    return db.chat.update({ where: { id: chat.id }, data: { visitorName: contact.name } });
  return chat;
}

/**
 * A pressed quick reply is what its label says, as if typed (so "Привязать лицевой счёт" starts linking);
 * other events pass as they are. Null for a quick reply that no longer names anything.
 */
async function quickReplyAsText(
  db: Db,
  deps: ReceiveDeps,
  { inbound, contact, now }: { inbound: Inbound; contact: Contact; now: Date },
): Promise<InboundEvent | null> {
  const { event } = inbound;
  const press = event.kind === "button" ? parseButtonData(event.data) : null;
  if (press?.kind !== "quickReply") return event;
  const chat = await openChannelChat(db, deps.events, inbound.inbox, contact, now);
  const source = await db.chatMessage.findUnique({
    where: { chatId_seq: { chatId: chat.id, seq: press.seq } },
    select: { payload: true },
  });
  const text = ((source?.payload ?? {}) as BotPayload).quickReplies?.[press.index];
  return text ? { kind: "text", contact: event.contact, text } : null;
}
