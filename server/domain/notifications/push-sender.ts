import type { Agent } from "node:https";
import webpush, { WebPushError } from "web-push";

export interface VapidSettings {
  publicKey: string;
  privateKey: string;
  /** mailto: or https: URL the push service may contact. */
  subject: string;
}

export interface StoredPushSubscription {
  endpoint: string;
  p256dh: string;
  auth: string;
}

/** What a notification says; the service worker (public/sw.js) shows it and opens `url` on a click. */
export interface PushNotice {
  title: string;
  body: string;
  url: string;
  /** One notification per chat: a newer one replaces the older. */
  tag: string;
}

/** "gone": the push service says the subscription no longer exists (RFC 8030: 404 or 410), so it is dropped. */
export type PushOutcome = "sent" | "gone";

export interface PushSender {
  send(subscription: StoredPushSubscription, notice: PushNotice): Promise<PushOutcome>;
}

/** A day: a reply older than that is not worth a notification, the chat shows it anyway. */
const TTL_SECONDS = 24 * 60 * 60;

/**
 * The `web-push` library: encrypts the payload to the browser's keys (aes128gcm) and signs a VAPID JWT. `agent`: the
 * HTTPS agent to reach push services with (a test's local push service brings its own certificate).
 */
export function createWebPushSender(vapid: VapidSettings, agent?: Agent): PushSender {
  return {
    async send(subscription, notice) {
      try {
        await webpush.sendNotification(
          { endpoint: subscription.endpoint, keys: { p256dh: subscription.p256dh, auth: subscription.auth } },
          JSON.stringify(notice),
          { vapidDetails: vapid, TTL: TTL_SECONDS, contentEncoding: "aes128gcm", timeout: 5_000, agent },
        );
        return "sent";
      } catch (error) {
        if (error instanceof WebPushError && (error.statusCode === 404 || error.statusCode === 410)) return "gone";
        throw error;
      }
    },
  };
}
