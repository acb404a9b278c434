"use client";

import { useMutation } from "@tanstack/react-query";
import { useCallback, useEffect, useState } from "react";
import { useTRPC } from "@/components/trpc/client";
import { useRealtime } from "@/components/chat/realtime-provider";
import { OPERATORS_PRESENCE_CHANNEL } from "@/server/realtime/channel-names";

export type Presence = "ONLINE" | "AWAY" | "OFFLINE";

// Well inside the server's grace period (OPERATOR_AWAY_AFTER_SECONDS, 45 s by default):
// a closed tab stops the heartbeat and the operator turns away by themselves.
const HEARTBEAT_MS = 15_000;

/** The operator's chosen status, reported at once and then as a heartbeat while the workspace is open. */
export function usePresence(initial: Presence, enabled: boolean) {
  const trpc = useTRPC();
  const [presence, setPresence] = useState<Presence>(initial);
  const { mutate } = useMutation(trpc.workspace.heartbeat.mutationOptions());
  const pusher = useRealtime();

  // While online, the operator is a member of the presence channel: the widget tells subscribers someone is there.
  useEffect(() => {
    if (!enabled || !pusher || presence !== "ONLINE") return;
    pusher.subscribe(OPERATORS_PRESENCE_CHANNEL);
    return () => pusher.unsubscribe(OPERATORS_PRESENCE_CHANNEL);
  }, [enabled, pusher, presence]);

  useEffect(() => {
    if (!enabled || presence === "OFFLINE") return;
    mutate({ presence });
    const timer = setInterval(() => mutate({ presence }), HEARTBEAT_MS);
    return () => clearInterval(timer);
  }, [enabled, presence, mutate]);

  const choose = useCallback(
    (next: Presence) => {
      setPresence(next);
      if (next === "OFFLINE") mutate({ presence: next });
    },
    [mutate],
  );

  return { presence, choose };
}
