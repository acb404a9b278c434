import Pusher from "pusher-js";
import type { RealtimeClientConfig } from "@/server/realtime/client-config";
import { retryAfterQuotaRefusal } from "./realtime-retry";

/**
 * Opens the tab's pusher-js connection, authorized for private and presence channels by
 * /api/realtime/auth. Imported on demand (realtime-provider.tsx): pages without a chat or
 * a workspace never download pusher-js. Returns the client and the way to close it.
 */
export function connectRealtime(config: RealtimeClientConfig): { client: Pusher; close(): void } {
  const client = new Pusher(config.key, {
    cluster: config.cluster,
    wsHost: config.host ?? window.location.hostname,
    wsPort: config.port,
    wssPort: config.port,
    forceTLS: config.tls,
    enabledTransports: ["ws", "wss"],
    disableStats: true,
    channelAuthorization: { endpoint: "/api/realtime/auth", transport: "ajax" },
  });
  const stopRetrying = retryAfterQuotaRefusal(client);
  client.connect();
  return {
    client,
    close() {
      stopRetrying();
      client.disconnect();
    },
  };
}
