import {
  TransportRefused,
  TransportRetryLater,
  type MessageTransport,
  type TransportMessage,
} from "@/server/domain/outbox/message-transport";

export interface SmsGatewaySettings {
  /** Where each SMS is POSTed. */
  url: string;
  /** The Authorization header's whole value ("Bearer …", "Basic …"), if the gateway wants one. */
  authorization?: string;
  /** The request body with {{to}}, {{text}}, {{id}} and {{sender}} filled in (JSON-escaped, or URL-encoded for a form). */
  bodyTemplate: string;
  contentType: "json" | "form";
  sender?: string;
  /** Dot path of the gateway's message id in its JSON answer ("id", "messages.0.id"), for delivery receipts. */
  messageIdPath?: string;
  timeoutMs?: number;
}

const DEFAULT_TIMEOUT_MS = 10_000;
const PLACEHOLDER = /\{\{(to|text|id|sender)\}\}/g;

/** The body for one message: each value escaped for where it lands, so a quote in a text cannot break the JSON. */
export function renderSmsBody(
  settings: Pick<SmsGatewaySettings, "bodyTemplate" | "contentType" | "sender">,
  message: TransportMessage,
): string {
  const values = { to: message.recipient, text: message.body, id: message.id, sender: settings.sender ?? "" };
  const escape =
    settings.contentType === "json"
      ? (value: string) => JSON.stringify(value).slice(1, -1)
      : (value: string) => encodeURIComponent(value);
  return settings.bodyTemplate.replace(PLACEHOLDER, (_, name: keyof typeof values) => escape(values[name]));
}

/** The value at a dot path ("message.id", "messages.0.id") of parsed JSON. */
export function valueAt(answer: unknown, path: string): unknown {
  return path
    .split(".")
    .reduce<unknown>(
      (node, key) => (node && typeof node === "object" ? (node as Record<string, unknown>)[key] : undefined),
      answer,
    );
}

/**
 * An HTTP SMS gateway. 2xx: accepted (its message id kept for receipts); 429, 5xx, 401/403 (our key) or no
 * answer in time: try again later (Retry-After honoured); any other 4xx: refused for good (a bad number).
 * Error texts name the status only, never the message, so a code inside cannot reach a log or a column.
 */
export function smsGatewayTransport(settings: SmsGatewaySettings): MessageTransport {
  return {
    async send(message) {
      const response = await fetch(settings.url, {
        method: "POST",
        headers: {
          "content-type": settings.contentType === "json" ? "application/json" : "application/x-www-form-urlencoded",
          ...(settings.authorization ? { authorization: settings.authorization } : {}),
        },
        body: renderSmsBody(settings, message),
        signal: AbortSignal.timeout(settings.timeoutMs ?? DEFAULT_TIMEOUT_MS),
      });
      const text = await response.text();
      if (response.status === 429) {
        const seconds = Number(response.headers.get("retry-after"));
        throw new TransportRetryLater("SMS_GATEWAY_429", Number.isFinite(seconds) && seconds > 0 ? seconds : 60);
      }
      // Our key refused is our misconfiguration, not the message's fault: kept for after the fix.
      if (response.status >= 500 || response.status === 401 || response.status === 403)
        throw new Error(`SMS gateway answered ${response.status}`);
      if (!response.ok) throw new TransportRefused(`SMS_GATEWAY_${response.status}`);
      if (!settings.messageIdPath) return {};
      let answer: unknown;
      try {
        answer = JSON.parse(text);
      } catch {
        return {};
      }
      const id = valueAt(answer, settings.messageIdPath);
      return typeof id === "string" || typeof id === "number" ? { providerRef: String(id) } : {};
    },
  };
}
