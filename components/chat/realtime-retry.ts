import type Pusher from "pusher-js";
import { ErrorCode } from "@/server/realtime/protocol";

/** The refusal pusher-js reports during the handshake: `{ type: "WebSocketError", error: { data: { code } } }`. */
interface HandshakeError {
  error?: { data?: { code?: number } };
}

/** Long, and spread out, so that the tabs a full server refused do not all come back at the same moment. */
const retryDelayMs = () => 30_000 + Math.random() * 60_000;

/**
 * pusher-js gives up for good when the server refuses it over quota (4004): retrying every
 * second would only add load to a full server. This tries again, once per refusal, much
 * later; the chat polls the database meanwhile (use-chat-stream.ts). Returns the stop.
 */
export function retryAfterQuotaRefusal(client: Pusher, delayMs: () => number = retryDelayMs): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const onError = (event: HandshakeError) => {
    if (event.error?.data?.code !== ErrorCode.OverConnectionQuota) return;
    clearTimeout(timer);
    timer = setTimeout(() => client.connect(), delayMs());
  };
  client.connection.bind("error", onError);
  return () => {
    clearTimeout(timer);
    client.connection.unbind("error", onError);
  };
}
