"use client";

import { useMutation } from "@tanstack/react-query";
import { TRPCClientError } from "@trpc/client";
import { useCallback, useRef } from "react";
import { useTranslations } from "next-intl";
import { errorMessage } from "@/components/trpc/error-message";
import { useTRPC } from "@/components/trpc/client";
import { chatChannel, triggerClientEvent } from "@/server/realtime/contract";
import { useRealtime } from "./realtime-provider";
import type { ChatStreamHandle } from "./use-chat-stream";

// Lost connections are retried quietly with the same clientId (the server stores it once);
// after that the bubble offers "send again".
const RETRY_DELAYS_MS = [1_000, 3_000];
const TYPING_EVERY_MS = 2_500;

/** crypto.randomUUID exists only on secure pages; random bytes work everywhere. */
function newClientId(): string {
  if (typeof crypto.randomUUID === "function") return crypto.randomUUID();
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, "0")).join("");
}

/** A domain answer (closed chat, bad input, too fast) will not change on retry; a network failure may. */
function worthRetrying(error: unknown): boolean {
  return !(error instanceof TRPCClientError) || !(error.data as { appCode?: string | null } | undefined)?.appCode;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function useChatSend(stream: ChatStreamHandle) {
  const t = useTranslations();
  const trpc = useTRPC();
  const pusher = useRealtime();
  const { mutateAsync } = useMutation(trpc.chat.send.mutationOptions());
  const { chatId, dispatch, backfill, live } = stream;
  const lastTyping = useRef(0);

  const deliver = useCallback(
    async (clientId: string, text: string, isInternal = false) => {
      dispatch({ type: "sending", clientId, text });
      for (let attempt = 0; ; attempt++) {
        try {
          // The response holds the stored message, so sending works without realtime.
          const message = await mutateAsync({ chatId, text, clientId, isInternal });
          dispatch({ type: "sent", message });
          // Realtime down: the bot's answer (or anything else) would not arrive by itself.
          if (!live) void backfill();
          return;
        } catch (error) {
          const delay = RETRY_DELAYS_MS[attempt];
          if (delay === undefined || !worthRetrying(error)) {
            dispatch({ type: "sendFailed", clientId, error: errorMessage(error, t) });
            return;
          }
          await sleep(delay);
        }
      }
    },
    [chatId, dispatch, backfill, live, mutateAsync, t],
  );

  /** `isInternal`: a staff note the subscriber never sees. */
  const send = useCallback(
    (text: string, isInternal = false) => void deliver(newClientId(), text, isInternal),
    [deliver],
  );
  const retry = useCallback((clientId: string, text: string) => void deliver(clientId, text), [deliver]);

  /** Tells the other side someone is typing, at most every few seconds; only once an operator is there. */
  const notifyTyping = useCallback(() => {
    if (stream.state.chat?.state !== "ASSIGNED" || Date.now() - lastTyping.current < TYPING_EVERY_MS) return;
    const channel = pusher?.channel(chatChannel(chatId));
    if (!channel?.subscribed) return;
    lastTyping.current = Date.now();
    triggerClientEvent(channel, "client-typing", { by: stream.state.side });
  }, [pusher, chatId, stream.state.chat?.state, stream.state.side]);

  return { send, retry, notifyTyping };
}
