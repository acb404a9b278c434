import { describe, expect, it } from "vitest";
import type { ChatMessageView, ChatStateView } from "@/server/realtime/contract";
import {
  chatStreamReducer,
  initialStream,
  unreadFromOtherSide,
  type ChatStream,
  type StreamAction,
} from "./chat-stream-reducer";

const chatId = "chat-1";

function message(seq: number, extra: Partial<ChatMessageView> = {}): ChatMessageView {
  return {
    id: `m${seq}`,
    chatId,
    seq,
    author: "BOT",
    operatorId: null,
    text: `text ${seq}`,
    isInternal: false,
    payload: null,
    clientId: null,
    createdAt: "2026-01-01T10:00:00.000Z",
    deliveredAt: null,
    readAt: null,
    attachmentIds: [],
    ...extra,
  };
}

function chat(lastSeq: number, state: ChatStateView["state"] = "BOT"): ChatStateView {
  return { id: chatId, state, kind: "SUPPORT", operatorId: null, leftRequest: false, lastSeq };
}

const run = (actions: StreamAction[], from: ChatStream = initialStream(chatId)) =>
  actions.reduce(chatStreamReducer, from);
const loaded = (...messages: ChatMessageView[]) =>
  run([{ type: "backfilled", afterSeq: 0, chat: chat(messages.length), messages, hasMore: false }]);

describe("the chat stream", () => {
  it("starts wanting the history, and is settled once a last page arrives", () => {
    expect(initialStream(chatId).needsBackfill).toBe(true);
    const state = loaded(message(1), message(2));
    expect(state).toMatchObject({ loaded: true, knownSeq: 2, needsBackfill: false });
  });

  it("keeps one copy of a message that arrives twice, taking the times the later copy adds", () => {
    const state = run(
      [
        { type: "message", message: message(3, { author: "SUBSCRIBER" }) },
        { type: "message", message: message(3, { author: "SUBSCRIBER", deliveredAt: "2026-01-01T10:00:01.000Z" }) },
        { type: "message", message: message(3, { author: "SUBSCRIBER" }) },
      ],
      loaded(message(1), message(2)),
    );
    expect(state.messages.map((m) => m.id)).toEqual(["m1", "m2", "m3"]);
    expect(state.messages[2]!.deliveredAt).toBe("2026-01-01T10:00:01.000Z");
  });

  it("orders by seq whatever the arrival order", () => {
    const state = run(
      [
        { type: "message", message: message(4) },
        { type: "message", message: message(3) },
      ],
      loaded(message(1), message(2)),
    );
    expect(state.messages.map((m) => m.seq)).toEqual([1, 2, 3, 4]);
    expect(state).toMatchObject({ knownSeq: 4, needsBackfill: false });
  });

  it("sees a seq jump as a gap, and a backfill after knownSeq closes it", () => {
    const gap = run([{ type: "message", message: message(5) }], loaded(message(1), message(2)));
    expect(gap).toMatchObject({ knownSeq: 2, needsBackfill: true });
    const filled = run(
      [
        {
          type: "backfilled",
          afterSeq: 2,
          chat: chat(5),
          messages: [message(3), message(4), message(5)],
          hasMore: false,
        },
      ],
      gap,
    );
    expect(filled).toMatchObject({ knownSeq: 5, needsBackfill: false });
    expect(filled.messages.map((m) => m.seq)).toEqual([1, 2, 3, 4, 5]);
  });

  it("accepts a hole the server vouches for (a staff note it will not show us)", () => {
    const gap = run([{ type: "message", message: message(4) }], loaded(message(1), message(2)));
    const settled = run(
      [{ type: "backfilled", afterSeq: 2, chat: chat(4), messages: [message(4)], hasMore: false }],
      gap,
    );
    expect(settled).toMatchObject({ knownSeq: 4, needsBackfill: false });
  });

  it("keeps asking while pages are full", () => {
    const first = run([
      { type: "backfilled", afterSeq: 0, chat: chat(300), messages: [message(1), message(2)], hasMore: true },
    ]);
    expect(first).toMatchObject({ knownSeq: 2, needsBackfill: true, loaded: true });
  });

  it("wants a backfill when a state change announces messages it never saw", () => {
    const state = run([{ type: "state", chat: chat(4, "CLOSED") }], loaded(message(1), message(2)));
    expect(state.needsBackfill).toBe(true);
    expect(state.chat?.state).toBe("CLOSED");
  });

  it("ignores an older state that arrives late, and remembers the chat was escalated", () => {
    const state = run(
      [
        { type: "state", chat: chat(3, "QUEUED") },
        { type: "state", chat: chat(4, "ASSIGNED") },
        { type: "state", chat: chat(3, "QUEUED") },
      ],
      loaded(message(1), message(2), message(3), message(4)),
    );
    expect(state.chat?.state).toBe("ASSIGNED");
    expect(state.escalated).toBe(true);
  });

  it("shows a sent message as pending until the server confirms it by clientId, over either path", () => {
    const base = loaded(message(1));
    const pending = run(
      [
        { type: "sending", clientId: "c-1", text: "hello" },
        { type: "sending", clientId: "c-2", text: "again" },
      ],
      base,
    );
    expect(pending.pending.map((p) => p.status)).toEqual(["sending", "sending"]);

    const byResponse = run([{ type: "sent", message: message(2, { author: "SUBSCRIBER", clientId: "c-1" }) }], pending);
    expect(byResponse.pending.map((p) => p.clientId)).toEqual(["c-2"]);
    const byEvent = run(
      [{ type: "message", message: message(3, { author: "SUBSCRIBER", clientId: "c-2" }) }],
      byResponse,
    );
    expect(byEvent.pending).toEqual([]);
    expect(byEvent.messages.map((m) => m.clientId)).toEqual([null, "c-1", "c-2"]);
  });

  it("marks a failed send, and a retry with the same clientId keeps its place", () => {
    const state = run(
      [
        { type: "sending", clientId: "c-1", text: "first" },
        { type: "sending", clientId: "c-2", text: "second" },
        { type: "sendFailed", clientId: "c-1", error: "offline" },
      ],
      loaded(message(1)),
    );
    expect(state.pending[0]).toMatchObject({ clientId: "c-1", status: "failed", error: "offline" });
    const retried = run([{ type: "sending", clientId: "c-1", text: "first" }], state);
    expect(retried.pending.map((p) => [p.clientId, p.status])).toEqual([
      ["c-1", "sending"],
      ["c-2", "sending"],
    ]);
  });

  it("ignores other chats and staff notes", () => {
    const state = run(
      [
        { type: "message", message: message(2, { chatId: "other" }) },
        { type: "message", message: message(2, { isInternal: true }) },
      ],
      loaded(message(1)),
    );
    expect(state.messages).toHaveLength(1);
  });

  it("applies read receipts to the right side and counts what is unread", () => {
    const base = loaded(message(1), message(2, { author: "SUBSCRIBER" }), message(3, { author: "OPERATOR" }));
    expect(unreadFromOtherSide(base)).toEqual({ count: 2, upToSeq: 3 });
    const staffRead = run(
      [{ type: "read", receipt: { by: "staff", upToSeq: 2, at: "2026-01-01T10:01:00.000Z" } }],
      base,
    );
    expect(staffRead.messages.map((m) => m.readAt)).toEqual([null, "2026-01-01T10:01:00.000Z", null]);
    const ownerRead = run(
      [{ type: "read", receipt: { by: "owner", upToSeq: 3, at: "2026-01-01T10:02:00.000Z" } }],
      staffRead,
    );
    expect(unreadFromOtherSide(ownerRead).count).toBe(0);
  });
});

describe("the operator's side of the stream", () => {
  const staffLoaded = (...messages: ChatMessageView[]) =>
    run(
      [{ type: "backfilled", afterSeq: 0, chat: chat(messages.length, "ASSIGNED"), messages, hasMore: false }],
      initialStream(chatId, "staff"),
    );

  it("keeps staff notes that the subscriber's side drops", () => {
    const note = message(2, { author: "OPERATOR", isInternal: true });
    expect(staffLoaded(message(1), note).messages.map((m) => m.seq)).toEqual([1, 2]);
    expect(loaded(message(1), note).messages.map((m) => m.seq)).toEqual([1]);
  });

  it("counts only the subscriber's messages as unread, and the operator reading marks them", () => {
    const state = staffLoaded(
      message(1),
      message(2, { author: "SUBSCRIBER" }),
      message(3, { author: "OPERATOR" }),
      message(4, { author: "VISITOR" }),
    );
    expect(unreadFromOtherSide(state)).toEqual({ count: 2, upToSeq: 4 });
    const read = chatStreamReducer(state, {
      type: "read",
      receipt: { by: "staff", upToSeq: 4, at: "2026-01-01T10:01:00.000Z" },
    });
    expect(unreadFromOtherSide(read).count).toBe(0);
    expect(read.messages.find((m) => m.seq === 3)?.readAt).toBeNull();
  });
});
