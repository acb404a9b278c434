"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useCallback, useEffect, useReducer, useRef, useState, type Dispatch } from "react";
import { useTRPC } from "@/components/trpc/client";
import { bindEvent, chatChannel, chatStaffChannel, type ChatSide } from "@/server/realtime/contract";
import {
  chatStreamReducer,
  coveredSeq,
  isOwnMessage,
  initialStream,
  unreadFromOtherSide,
  type ChatStream,
  type StreamAction,
} from "./chat-stream-reducer";
import { useRealtime } from "./realtime-provider";

const TYPING_SHOWN_MS = 4_000;
// Without realtime (server down, subscription refused) the widget still shows answers, just later.
const POLL_MS = 8_000;
const RETRY_MS = 5_000;

export interface ChatStreamHandle {
  chatId: string;
  state: ChatStream;
  dispatch: Dispatch<StreamAction>;
  /** Asks chat.messages for everything after knownSeq; calls made while one is running are merged into one more. */
  backfill: () => Promise<void>;
  /** Subscribed to the chat's channel over a connected socket. */
  live: boolean;
  otherTyping: boolean;
  unread: { count: number; upToSeq: number };
}

/**
 * One chat's messages: history by seq, then realtime events on its chatChannel. Duplicates
 * are dropped and holes are filled from the database after a gap, a reconnect or a resubscribe.
 */
export function useChatStream(chatId: string, open: boolean, side: ChatSide = "owner"): ChatStreamHandle {
  const pusher = useRealtime();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [state, dispatch] = useReducer(chatStreamReducer, chatId, (id) => initialStream(id, side));
  const [live, setLive] = useState(false);
  const [otherTyping, setOtherTyping] = useState(false);
  const [failedBackfills, setFailedBackfills] = useState(0);
  const known = useRef(0);
  const running = useRef(false);
  const again = useRef(false);
  const mounted = useRef(true);

  useEffect(() => {
    known.current = Math.max(known.current, state.knownSeq);
  }, [state.knownSeq]);

  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const backfill = useCallback(async () => {
    if (running.current) {
      again.current = true;
      return;
    }
    running.current = true;
    try {
      do {
        again.current = false;
        const afterSeq = known.current;
        const page = await queryClient.fetchQuery({
          ...trpc.chat.messages.queryOptions({ chatId, afterSeq }),
          staleTime: 0,
          gcTime: 0,
        });
        if (!mounted.current) return;
        dispatch({ type: "backfilled", afterSeq, chat: page.chat, messages: page.messages, hasMore: page.hasMore });
        known.current = Math.max(known.current, coveredSeq(page));
        if (page.hasMore) again.current = true;
      } while (again.current);
    } catch {
      // Nothing is lost: the messages stay in the database; ask again a little later.
      setTimeout(() => mounted.current && setFailedBackfills((n) => n + 1), RETRY_MS);
    } finally {
      running.current = false;
    }
  }, [chatId, queryClient, trpc]);

  useEffect(() => {
    if (state.needsBackfill) void backfill();
  }, [state.needsBackfill, state.knownSeq, backfill]);

  useEffect(() => {
    if (failedBackfills > 0) void backfill();
  }, [failedBackfills, backfill]);

  useEffect(() => {
    if (!pusher) return;
    const name = chatChannel(chatId);
    const channel = pusher.subscribe(name);
    // Staff notes travel on a side channel only staff may join.
    const notes = side === "staff" ? pusher.subscribe(chatStaffChannel(chatId)) : null;
    let typingTimer: ReturnType<typeof setTimeout> | undefined;
    let wasConnected = pusher.connection.state === "connected";
    const unbinds = [
      bindEvent(channel, "message", (message) => {
        dispatch({ type: "message", message });
        if (isOwnMessage(message, side === "owner" ? "staff" : "owner")) setOtherTyping(false);
      }),
      bindEvent(channel, "state", (chat) => dispatch({ type: "state", chat })),
      bindEvent(channel, "read", (receipt) => dispatch({ type: "read", receipt })),
      bindEvent(channel, "client-typing", (signal) => {
        if (signal.by === side) return;
        setOtherTyping(true);
        clearTimeout(typingTimer);
        typingTimer = setTimeout(() => setOtherTyping(false), TYPING_SHOWN_MS);
      }),
      ...(notes ? [bindEvent(notes, "message", (message) => dispatch({ type: "message", message }))] : []),
    ];
    // The Pusher protocol's own events, not ours. Also fires after every automatic resubscribe:
    // whatever was published meanwhile comes from the database.
    const onSubscribed = () => {
      setLive(true);
      void backfill();
    };
    const onRefused = () => setLive(false);
    const onStateChange = ({ current }: { current: string }) => {
      if (current !== "connected") setLive(false);
    };
    const onConnected = () => {
      if (wasConnected) void backfill();
      wasConnected = true;
    };
    channel.bind("pusher:subscription_succeeded", onSubscribed);
    channel.bind("pusher:subscription_error", onRefused);
    pusher.connection.bind("state_change", onStateChange);
    pusher.connection.bind("connected", onConnected);
    return () => {
      clearTimeout(typingTimer);
      for (const unbind of unbinds) unbind();
      channel.unbind("pusher:subscription_succeeded", onSubscribed);
      channel.unbind("pusher:subscription_error", onRefused);
      pusher.connection.unbind("state_change", onStateChange);
      pusher.connection.unbind("connected", onConnected);
      pusher.unsubscribe(name);
      if (notes) pusher.unsubscribe(notes.name);
    };
  }, [pusher, chatId, backfill, side]);

  const ended = state.chat?.state === "CLOSED" || state.chat?.state === "RATED";
  useEffect(() => {
    if (live || ended) return;
    const timer = setInterval(() => void backfill(), POLL_MS);
    return () => clearInterval(timer);
  }, [live, ended, backfill]);

  // What is on screen counts as read; the other side sees the mark.
  const unread = unreadFromOtherSide(state);
  const { mutate: markRead } = useMutation(trpc.chat.markRead.mutationOptions());
  const marked = useRef(0);
  useEffect(() => {
    if (!open || unread.upToSeq <= marked.current) return;
    const upToSeq = unread.upToSeq;
    marked.current = upToSeq;
    markRead(
      { chatId, upToSeq },
      {
        onSuccess: () => dispatch({ type: "read", receipt: { by: side, upToSeq, at: new Date().toISOString() } }),
        onError: () => {
          marked.current = 0;
        },
      },
    );
  }, [open, unread.upToSeq, chatId, markRead, side]);

  return { chatId, state, dispatch, backfill, live, otherTyping, unread };
}
