import { afterEach, describe, expect, it, vi } from "vitest";
import { toChatStateView } from "@/server/domain/chat/chat-events";
import { toMessageView } from "@/server/domain/chat/message-view";
import type { Chat, ChatMessage } from "@/server/generated/prisma/client";
import { recordingPublisher } from "@/server/testing/recording-publisher";
import {
  bindEvent,
  chatChannel,
  chatStaffChannel,
  OPERATOR_QUEUE_CHANNEL,
  OPERATORS_PRESENCE_CHANNEL,
  parseChannel,
  triggerClientEvent,
  type EventChannel,
  type EventName,
} from "./contract";

const CHAT_ID = "cmb0v7k2x0000qz8h3j4k5l6m";

describe("channel names", () => {
  it("parses back what every builder makes", () => {
    expect(parseChannel(chatChannel(CHAT_ID))).toEqual({ kind: "chat", chatId: CHAT_ID });
    expect(parseChannel(chatStaffChannel(CHAT_ID))).toEqual({ kind: "chatStaff", chatId: CHAT_ID });
    expect(parseChannel(OPERATOR_QUEUE_CHANNEL)).toEqual({ kind: "operatorQueue" });
    expect(parseChannel(OPERATORS_PRESENCE_CHANNEL)).toEqual({ kind: "operatorsPresence" });
  });

  it.each([
    ["a path in the id", "private-chat-../x"],
    ["an empty id", "private-chat-"],
    ["an empty id before the staff suffix", "private-chat--staff"],
    ["an uppercase id", `private-chat-${CHAT_ID.toUpperCase()}`],
    ["an id too long", `private-chat-${"a".repeat(65)}`],
    ["a hyphen in the id", "private-chat-abc-def"],
    ["a doubled staff suffix", `private-chat-${CHAT_ID}-staff-staff`],
    ["a trailing newline", `private-chat-${CHAT_ID}\n`],
    ["a public chat channel", `chat-${CHAT_ID}`],
    ["a presence chat channel", `presence-chat-${CHAT_ID}`],
    ["a near miss of the queue", `${OPERATOR_QUEUE_CHANNEL}-x`],
    ["a near miss of operator presence", `${OPERATORS_PRESENCE_CHANNEL}s`],
    ["a foreign channel", "private-orders"],
    ["nothing", ""],
  ])("refuses %s", (_, name) => {
    expect(parseChannel(name)).toBeNull();
  });

  it("takes the longest id the parser allows", () => {
    const longest = "a".repeat(64);
    expect(parseChannel(chatChannel(longest))).toEqual({ kind: "chat", chatId: longest });
  });
});

/** A pusher-js channel stand-in: `emit` delivers a frame the way pusher-js calls bound callbacks. */
function fakeChannel() {
  const listeners = new Map<string, Set<(data: unknown) => void>>();
  const triggered: Array<[string, unknown]> = [];
  const channel: EventChannel & { emit(event: string, data: unknown): void; triggered: typeof triggered } = {
    bind: (event, callback) => listeners.set(event, (listeners.get(event) ?? new Set()).add(callback)),
    unbind: (event, callback) => listeners.get(event)?.delete(callback),
    trigger: (event, data) => triggered.push([event, data]) > 0,
    emit: (event, data) => listeners.get(event)?.forEach((callback) => callback(data)),
    triggered,
  };
  return channel;
}

const at = new Date("2026-01-01T10:00:00.000Z");
const storedMessage = {
  id: "msg1",
  chatId: CHAT_ID,
  seq: 3,
  author: "BOT",
  text: "hi",
  isInternal: false,
  operatorId: null,
  payload: { quickReplies: ["operator"], articles: [{ slug: "roaming", title: "Roaming" }] },
  clientId: null,
  createdAt: at,
  deliveredAt: at,
  readAt: null,
} as ChatMessage;
const storedChat = {
  id: CHAT_ID,
  state: "ASSIGNED",
  kind: "SUPPORT",
  operatorId: "op1",
  leftRequest: false,
  lastSeq: 3,
} as Chat;

// A real payload as the server builds it, and a broken one each schema must refuse.
const cases: Array<[EventName, unknown, unknown]> = [
  ["message", toMessageView(storedMessage), { ...toMessageView(storedMessage), seq: "3" }],
  ["state", toChatStateView(storedChat), { ...toChatStateView(storedChat), state: "DANCING" }],
  ["read", { by: "owner", upToSeq: 3, at: at.toISOString() }, { by: "owner", upToSeq: 3, at: "yesterday" }],
  ["queue-changed", { chatId: CHAT_ID, state: "QUEUED" }, { chatId: CHAT_ID }],
  ["presence-changed", { staffId: "op1", presence: "AWAY" }, { staffId: "op1", presence: "away" }],
  ["client-typing", { by: "staff" }, null],
];

describe("event payloads", () => {
  afterEach(() => vi.restoreAllMocks());

  it.each(cases)("%s: hands a real payload over as it is", (event, real) => {
    const channel = fakeChannel();
    const seen: unknown[] = [];
    bindEvent(channel, event, (payload) => seen.push(payload));
    channel.emit(event, real);
    expect(seen).toEqual([real]);
  });

  it.each(cases)("%s: drops a broken payload with a warning", (event, _, broken) => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const channel = fakeChannel();
    const handler = vi.fn();
    bindEvent(channel, event, handler);
    expect(() => channel.emit(event, broken)).not.toThrow();
    expect(handler).not.toHaveBeenCalled();
    expect(warn).toHaveBeenCalledOnce();
    expect(String(warn.mock.calls[0]![0])).toContain(`"${event}"`);
  });

  it("stops delivering once unbound", () => {
    const channel = fakeChannel();
    const handler = vi.fn();
    const unbind = bindEvent(channel, "client-typing", handler);
    unbind();
    channel.emit("client-typing", { by: "owner" });
    expect(handler).not.toHaveBeenCalled();
  });

  it("sends a client event under its own name", () => {
    const channel = fakeChannel();
    triggerClientEvent(channel, "client-typing", { by: "owner" });
    expect(channel.triggered).toEqual([["client-typing", { by: "owner" }]]);
  });

  it("keeps wrong names and payloads out at compile time", async () => {
    const publisher = recordingPublisher();
    // @ts-expect-error: a read receipt is not a chat state
    await publisher.publish(chatChannel(CHAT_ID), "state", { by: "owner", upToSeq: 3, at: at.toISOString() });
    // @ts-expect-error: client events come from browsers, not from the server
    await publisher.publish(chatChannel(CHAT_ID), "client-typing", { by: "staff" });
    expect(publisher.published).toHaveLength(2);
    const channel = fakeChannel();
    // @ts-expect-error: the server's events are not the browser's to send
    triggerClientEvent(channel, "message", { by: "owner" });
    // @ts-expect-error: a typing signal names a side
    triggerClientEvent(channel, "client-typing", { typing: true });
    // @ts-expect-error: no such event
    bindEvent(channel, "presence-change", () => {});
    expect(channel.triggered).toHaveLength(2);
  });
});
