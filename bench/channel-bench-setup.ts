/**
 * The channels bench's world: site chats and Telegram chats (linked contacts, each chat with an operator) in
 * the product's database, a Telegram inbox pointed at a fake Bot API in this process, and pusher-js clients on
 * both sides of every chat that report each "message" event.
 */
import { randomBytes } from "node:crypto";
import type Pusher from "pusher-js";
import type { Db } from "@/server/db-client";
import { connectInbox } from "@/server/domain/channels/inboxes";
import { chatChannel } from "@/server/realtime/contract";
import { createBenchChats, type BenchChat } from "./chat-fixtures";
import { signedClients, type RealtimeTarget } from "./load-realtime";

export interface ChannelBenchWorld {
  siteChats: BenchChat[];
  telegramChats: Array<BenchChat & { externalId: number }>;
  inboxId: string;
  webhookSecret: string;
}

/** Fills the database before the product opens it; the inbox's secrets are sealed under `secretsKey`. */
export async function prepareChannelBench(db: Db, secretsKey: Buffer, chats: number): Promise<ChannelBenchWorld> {
  const siteChats = await createBenchChats(db, chats);
  const telegram = await createBenchChats(db, chats);
  const webhookSecret = randomBytes(24).toString("hex");
  const inbox = await connectInbox(db, secretsKey, {
    channel: "TELEGRAM",
    name: "Бенчмарк",
    secrets: { token: `4242:${randomBytes(12).toString("hex")}`, webhookSecret },
  });
  const telegramChats = [];
  for (const [i, chat] of telegram.entries()) {
    const accountId = chat.subscriber.kind === "subscriber" ? chat.subscriber.accountId : null;
    const externalId = 9_000_000 + i;
    // A linked contact: its messages are the subscriber's, in this Telegram chat.
    const contact = await db.channelContact.create({
      data: {
        inboxId: inbox.id,
        externalId: String(externalId),
        name: `Контакт ${i}`,
        visitorToken: `ch_bench_${randomBytes(9).toString("hex")}`,
        accountId,
        linkedAt: new Date(),
      },
    });
    await db.chat.update({ where: { id: chat.id }, data: { channel: "TELEGRAM" } });
    await db.channelChat.create({ data: { chatId: chat.id, contactId: contact.id } });
    telegramChats.push({ ...chat, externalId });
  }
  return { siteChats, telegramChats, inboxId: inbox.id, webhookSecret };
}

export interface ChatListeners {
  /** Told of every message event on a chat's channel, with the side that saw it. */
  onMessage: (side: "subscriber" | "operator", data: { text: string; clientId: string | null; author: string }) => void;
  close(): void;
}

/** One pusher-js client per side of each chat, subscribed to the chat's private channel (auth signed here). */
export async function listenToChats(target: RealtimeTarget, chats: BenchChat[]): Promise<ChatListeners> {
  const connect = signedClients(target);
  const clients: Pusher[] = [];
  const listeners: ChatListeners = { onMessage: () => {}, close: () => clients.forEach((c) => c.disconnect()) };
  const open = (chatId: string, side: "subscriber" | "operator") =>
    new Promise<void>((resolve, reject) => {
      const client = connect();
      clients.push(client);
      const timer = setTimeout(() => reject(new Error("realtime subscription not ready within 30 s")), 30_000);
      const channel = client.subscribe(chatChannel(chatId));
      channel.bind("message", (data: { text: string; clientId: string | null; author: string }) =>
        listeners.onMessage(side, data),
      );
      channel.bind("pusher:subscription_succeeded", () => (clearTimeout(timer), resolve()));
    });
  for (let first = 0; first < chats.length; first += 50)
    await Promise.all(
      chats.slice(first, first + 50).flatMap((chat) => [open(chat.id, "subscriber"), open(chat.id, "operator")]),
    );
  return listeners;
}
