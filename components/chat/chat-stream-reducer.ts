import type { ChatMessageView, ChatSide, ChatStateView, ReadReceipt } from "@/server/realtime/contract";

/** A message typed here and not yet confirmed by the server; resent with the same clientId. */
export interface PendingMessage {
  clientId: string;
  text: string;
  status: "sending" | "failed";
  /** Localized reason of the last failure. */
  error?: string;
}

export interface ChatStream {
  chatId: string;
  /** Whose screen this is: the subscriber's (or visitor's) widget, or the operator's workspace. */
  side: ChatSide;
  chat: ChatStateView | null;
  /** Stored messages, ordered by seq, one per id. */
  messages: ChatMessageView[];
  pending: PendingMessage[];
  /** Everything up to this seq is here (or not meant for us, like staff notes). */
  knownSeq: number;
  /** A seq jump, a missed state change or a partial page: ask chat.messages for what follows knownSeq. */
  needsBackfill: boolean;
  /** The first backfill has answered. */
  loaded: boolean;
  /** Seen in the queue or with an operator: rated 1–5 afterwards, not "did the bot help". */
  escalated: boolean;
}

export type StreamAction =
  | { type: "message"; message: ChatMessageView }
  | { type: "backfilled"; afterSeq: number; chat: ChatStateView; messages: ChatMessageView[]; hasMore: boolean }
  | { type: "state"; chat: ChatStateView }
  | { type: "read"; receipt: ReadReceipt }
  | { type: "sending"; clientId: string; text: string }
  | { type: "sent"; message: ChatMessageView }
  | { type: "sendFailed"; clientId: string; error: string };

export function initialStream(chatId: string, side: ChatSide = "owner"): ChatStream {
  return {
    chatId,
    side,
    chat: null,
    messages: [],
    pending: [],
    knownSeq: 0,
    needsBackfill: true,
    loaded: false,
    escalated: false,
  };
}

const OWNER_AUTHORS = new Set<ChatMessageView["author"]>(["SUBSCRIBER", "VISITOR"]);
const isOwnerAuthored = (message: Pick<ChatMessageView, "author">) => OWNER_AUTHORS.has(message.author);
/** Right-hand bubbles with marks: the subscriber's in the widget, the operators' in the workspace. */
export const isOwnMessage = (message: Pick<ChatMessageView, "author">, side: ChatSide = "owner") =>
  side === "owner" ? isOwnerAuthored(message) : message.author === "OPERATOR";

/** The seq a backfill page vouches for: a full page only up to its last message, a last page up to the chat's lastSeq. */
export function coveredSeq(page: { chat: ChatStateView; messages: ChatMessageView[]; hasMore: boolean }): number {
  const last = page.messages.reduce((max, m) => Math.max(max, m.seq), 0);
  return page.hasMore ? last : Math.max(last, page.chat.lastSeq);
}

/** Same id twice keeps one copy; a later copy may add delivery or read times the first one lacked. */
function merge(existing: ChatMessageView[], incoming: ChatMessageView[]): ChatMessageView[] {
  const byId = new Map(existing.map((m) => [m.id, m]));
  for (const message of incoming) {
    const known = byId.get(message.id);
    byId.set(
      message.id,
      known
        ? {
            ...known,
            ...message,
            deliveredAt: message.deliveredAt ?? known.deliveredAt,
            readAt: message.readAt ?? known.readAt,
          }
        : message,
    );
  }
  return [...byId.values()].sort((a, b) => a.seq - b.seq);
}

/** Moves knownSeq over consecutive seqs; anything beyond a hole (or the chat's lastSeq) means a message is missing. */
function settle(state: ChatStream, knownSeq: number, stillWanted = false): ChatStream {
  let seq = knownSeq;
  for (const message of state.messages) {
    if (message.seq <= seq) continue;
    if (message.seq !== seq + 1) break;
    seq = message.seq;
  }
  const gap = state.messages.some((m) => m.seq > seq) || (state.chat !== null && state.chat.lastSeq > seq);
  return { ...state, knownSeq: seq, needsBackfill: stillWanted || gap };
}

function withMessages(state: ChatStream, incoming: ChatMessageView[]): ChatStream {
  // Staff notes never belong in the subscriber's view, whatever channel they came from.
  const visible = incoming.filter((m) => m.chatId === state.chatId && (state.side === "staff" || !m.isInternal));
  const confirmed = new Set(visible.map((m) => m.clientId).filter(Boolean));
  return {
    ...state,
    messages: merge(state.messages, visible),
    pending: state.pending.filter((p) => !confirmed.has(p.clientId)),
  };
}

/** A newer state wins; every state change also appends a message, so lastSeq orders them. */
function withChat(state: ChatStream, chat: ChatStateView): ChatStream {
  if (chat.id !== state.chatId) return state;
  const fresher = !state.chat || chat.lastSeq >= state.chat.lastSeq;
  const next = fresher ? chat : state.chat!;
  const escalated = state.escalated || next.state === "QUEUED" || next.state === "ASSIGNED" || next.kind === "SALES";
  return { ...state, chat: next, escalated };
}

function markRead(messages: ChatMessageView[], receipt: ReadReceipt): ChatMessageView[] {
  // The owner reading marks the other side's messages; staff reading marks the owner's.
  const readsOwn = receipt.by === "staff";
  return messages.map((m) =>
    m.readAt === null && m.seq <= receipt.upToSeq && isOwnerAuthored(m) === readsOwn ? { ...m, readAt: receipt.at } : m,
  );
}

export function chatStreamReducer(state: ChatStream, action: StreamAction): ChatStream {
  switch (action.type) {
    case "message":
    case "sent":
      return settle(withMessages(state, [action.message]), state.knownSeq, !state.loaded);
    case "backfilled": {
      const next = withChat(withMessages(state, action.messages), action.chat);
      // A page only vouches for what follows its own afterSeq.
      const known = action.afterSeq <= state.knownSeq ? Math.max(state.knownSeq, coveredSeq(action)) : state.knownSeq;
      return settle({ ...next, loaded: true }, known, action.hasMore);
    }
    case "state":
      return settle(withChat(state, action.chat), state.knownSeq, !state.loaded);
    case "read":
      return { ...state, messages: markRead(state.messages, action.receipt) };
    case "sending": {
      const others = state.pending.filter((p) => p.clientId !== action.clientId);
      const retried = state.pending.some((p) => p.clientId === action.clientId);
      const entry: PendingMessage = { clientId: action.clientId, text: action.text, status: "sending" };
      // A retry keeps its place among the pending messages.
      return {
        ...state,
        pending: retried ? state.pending.map((p) => (p.clientId === action.clientId ? entry : p)) : [...others, entry],
      };
    }
    case "sendFailed":
      return {
        ...state,
        pending: state.pending.map((p) =>
          p.clientId === action.clientId ? { ...p, status: "failed", error: action.error } : p,
        ),
      };
  }
}

/** The other side's messages not read yet: the launcher's badge, and what chat.markRead should cover. */
export function unreadFromOtherSide(state: ChatStream): { count: number; upToSeq: number } {
  // Staff read the subscriber's messages; the subscriber reads everything else (bot, operator, system).
  const fromOtherSide = (m: ChatMessageView) => (state.side === "staff" ? isOwnerAuthored(m) : !isOwnerAuthored(m));
  const unread = state.messages.filter((m) => fromOtherSide(m) && m.readAt === null && !m.isInternal);
  return { count: unread.length, upToSeq: unread.reduce((max, m) => Math.max(max, m.seq), 0) };
}
