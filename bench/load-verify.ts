/**
 * The load test's proof: per chat, the stored messages (read back through chat.messages, as the
 * widget backfills after a reconnect) must be seq 1..lastSeq without holes, each clientId once, and
 * every client must have seen each seq live at most once, and every send answered 200 must be stored.
 */
import type { BenchChat } from "./chat-fixtures";
import type { HttpClient } from "./http-load";
import type { ChatClientLog } from "./load-realtime";

export interface ChatVerification {
  messages: number;
  /** Holes in 1..lastSeq, acknowledged sends or live seqs the chat does not hold, and chats whose backfill failed. */
  lost: number;
  /** A seq delivered twice to one client, or one clientId stored twice. */
  duplicated: number;
  /** Seqs a client did not get live and took from the backfill (what the widget does after a reconnect). */
  missedLive: number;
  holes: number;
}

interface StoredMessage {
  seq: number;
  clientId: string | null;
}

async function backfill(client: HttpClient, chatId: string, cookie: string): Promise<StoredMessage[] | null> {
  const messages: StoredMessage[] = [];
  for (let afterSeq = 0; ;) {
    const input = encodeURIComponent(JSON.stringify({ json: { chatId, afterSeq } }));
    const reply = await client.call({
      method: "GET",
      path: `/api/trpc/chat.messages?input=${input}`,
      headers: { cookie },
    });
    if (reply.status !== 200) return null;
    const page = (
      JSON.parse(reply.body) as { result: { data: { json: { messages: StoredMessage[]; hasMore: boolean } } } }
    ).result.data.json;
    messages.push(...page.messages);
    if (!page.hasMore || page.messages.length === 0) return messages;
    afterSeq = page.messages.at(-1)!.seq;
  }
}

export async function verifyChats(
  client: HttpClient,
  chats: BenchChat[],
  subscriberCookies: string[],
  logs: ChatClientLog[],
  acknowledged: Set<string>,
): Promise<ChatVerification> {
  const storedIds = new Set<string>();
  const result: ChatVerification = { messages: 0, lost: 0, duplicated: 0, missedLive: 0, holes: 0 };
  for (const [i, chat] of chats.entries()) {
    const stored = await backfill(client, chat.id, subscriberCookies[i]!);
    if (!stored) {
      result.lost += 1;
      continue;
    }
    result.messages += stored.length;
    const seqs = new Set(stored.map((m) => m.seq));
    const lastSeq = Math.max(0, ...seqs);
    for (let seq = 1; seq <= lastSeq; seq++) if (!seqs.has(seq)) result.holes += 1;
    const clientIds = stored.flatMap((m) => (m.clientId ? [m.clientId] : []));
    for (const id of clientIds) storedIds.add(id);
    result.duplicated += clientIds.length - new Set(clientIds).size + (stored.length - seqs.size);
    for (const log of logs.filter((l) => l.chatId === chat.id)) {
      for (const [seq, count] of log.seqCounts) {
        if (count > 1) result.duplicated += count - 1;
        if (!seqs.has(seq)) result.lost += 1;
      }
      for (const seq of seqs) if (!log.seqCounts.has(seq)) result.missedLive += 1;
    }
  }
  for (const id of acknowledged) if (!storedIds.has(id)) result.lost += 1;
  result.lost += result.holes;
  return result;
}
