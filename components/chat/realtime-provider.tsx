"use client";

import type Pusher from "pusher-js";
import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from "react";
import type { RealtimeClientConfig } from "@/server/realtime/client-config";

interface RealtimeSlot {
  client: Pusher | null;
  /** Asks for the connection: the first call downloads pusher-js and connects. */
  want(): void;
}

const RealtimeContext = createContext<RealtimeSlot>({ client: null, want: () => undefined });

/**
 * One realtime connection per tab, opened only once a component asks for it (an open chat, the operator
 * workspace): most pages never need it, so they neither download pusher-js nor hold a socket.
 * Nothing is replayed after a reconnect: chat views backfill by sequence.
 */
export function RealtimeProvider({ config, children }: { config: RealtimeClientConfig; children: ReactNode }) {
  // Read once: a refreshed layout brings an equal but new object, which must not reconnect.
  const [settings] = useState(config);
  const [wanted, setWanted] = useState(false);
  const [client, setClient] = useState<Pusher | null>(null);
  useEffect(() => {
    if (!wanted) return;
    let connection: { client: Pusher; close(): void } | null = null;
    let cancelled = false;
    void import("./realtime-connect").then(({ connectRealtime }) => {
      if (cancelled) return;
      connection = connectRealtime(settings);
      setClient(connection.client);
    });
    return () => {
      cancelled = true;
      connection?.close();
      setClient(null);
    };
  }, [wanted, settings]);
  const slot = useMemo(() => ({ client, want: () => setWanted(true) }), [client]);
  return <RealtimeContext.Provider value={slot}>{children}</RealtimeContext.Provider>;
}

/** The tab's realtime connection, or null until it is set up; using this hook is what asks for it. */
export function useRealtime(): Pusher | null {
  const { client, want } = useContext(RealtimeContext);
  useEffect(() => want(), [want]);
  return client;
}
