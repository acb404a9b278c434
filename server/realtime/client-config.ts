import { env } from "@/server/env.mjs";

/** What the browser's pusher-js needs; read at request time so one build serves any deployment. */
export interface RealtimeClientConfig {
  key: string;
  cluster: string;
  /** null: the page's own host name. */
  host: string | null;
  port: number;
  tls: boolean;
}

export function getRealtimeClientConfig(): RealtimeClientConfig {
  const settings = env();
  return {
    key: settings.PUSHER_KEY,
    cluster: settings.PUSHER_CLUSTER,
    host: settings.PUSHER_PUBLIC_HOST ?? null,
    port: settings.PUSHER_PUBLIC_PORT ?? settings.PUSHER_PORT,
    tls: settings.PUSHER_TLS,
  };
}
