"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useMemo } from "react";
import { useTRPC } from "@/components/trpc/client";
import { useRealtime } from "@/components/chat/realtime-provider";
import { bindEvent, chatStaffChannel, type MessageDelivery } from "@/server/realtime/contract";

/** Without realtime the states still arrive, later. */
const POLL_MS = 15_000;

/**
 * The delivery state of each message of a messenger chat and whether its contact blocked the bot: read from the
 * outbox rows, then kept current by the staff channel's "delivery" events; read again shortly after each new line,
 * so nothing waits for the poll.
 */
export function useMessageDeliveries(chatId: string, enabled: boolean, messageCount: number) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const pusher = useRealtime();
  const queryKey = useMemo(() => trpc.workspace.deliveries.queryKey({ chatId }), [trpc, chatId]);
  const query = useQuery({
    ...trpc.workspace.deliveries.queryOptions({ chatId }),
    enabled,
    refetchInterval: POLL_MS,
  });

  useEffect(() => {
    if (!enabled || !pusher) return;
    // The chat stream holds this subscription; here we only listen on it.
    const channel = pusher.subscribe(chatStaffChannel(chatId));
    return bindEvent(channel, "delivery", (delivery) =>
      queryClient.setQueryData(queryKey, (old) =>
        old
          ? {
              unreachable:
                old.unreachable || delivery.reason === "BLOCKED" || delivery.reason === "CONTACT_UNREACHABLE",
              messages: [...old.messages.filter((m) => m.messageId !== delivery.messageId), delivery],
            }
          : old,
      ),
    );
  }, [enabled, pusher, chatId, queryClient, queryKey]);

  // A new line: the operator's reply gets its outbox row within a pass; the contact writing again is reachable.
  useEffect(() => {
    if (!enabled || messageCount === 0) return;
    const timer = setTimeout(() => void queryClient.invalidateQueries({ queryKey }), 2_000);
    return () => clearTimeout(timer);
  }, [enabled, messageCount, queryClient, queryKey]);

  const byMessage = useMemo(
    () => new Map<string, MessageDelivery>((query.data?.messages ?? []).map((m) => [m.messageId, m])),
    [query.data],
  );
  return { byMessage, unreachable: query.data?.unreachable ?? false };
}
