"use client";

import Pusher from "pusher-js";
import { createContext, useContext, useEffect, useState, type ReactNode } from "react";
import type { RealtimeClientConfig } from "@/server/realtime/client-config";
import { retryAfterQuotaRefusal } from "./realtime-retry";

const RealtimeContext = createContext<Pusher | null>(null);

/**
 * One pusher-js connection per tab, authorized for private and presence channels by
 * /api/realtime/auth. Nothing is replayed after a reconnect: chat views backfill by sequence.
 */
export function RealtimeProvider({ config, children }: { config: RealtimeClientConfig; children: ReactNode }) {
  // Created once per tab, in the browser only (the server render has no socket).
  const [client] = useState(() =>
    typeof window === "undefined"
      ? null
      : new Pusher(config.key, {
          cluster: config.cluster,
          wsHost: config.host ?? window.location.hostname,
          wsPort: config.port,
          wssPort: config.port,
          forceTLS: config.tls,
          enabledTransports: ["ws", "wss"],
          disableStats: true,
          channelAuthorization: { endpoint: "/api/realtime/auth", transport: "ajax" },
        }),
  );
  useEffect(() => {
    if (!client) return;
    const stopRetrying = retryAfterQuotaRefusal(client);
    client.connect();
    return () => {
      stopRetrying();
      client.disconnect();
    };
  }, [client]);
  return <RealtimeContext.Provider value={client}>{children}</RealtimeContext.Provider>;
}

/** The tab's realtime connection, or null before it is set up. */
export function useRealtime(): Pusher | null {
  return useContext(RealtimeContext);
}
