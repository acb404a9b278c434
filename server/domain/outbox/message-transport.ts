import type { ResetChannel } from "@/server/generated/prisma/enums";
import { logger } from "@/server/log";

/** One message as a transport sees it. */
export interface TransportMessage {
  id: string;
  /** SMS or e-mail; null for a messenger reply (inboxId is set instead). */
  channel: ResetChannel | null;
  recipient: string;
  subject: string | null;
  body: string;
  inboxId: string | null;
  payload: unknown;
}

/** What the provider said on accepting a message: its own id, by which it reports delivery later. */
export interface SendOutcome {
  providerRef?: string;
}

/** An SMS gateway, mail server or messenger; `send` resolves once the provider accepted the message, rejects otherwise. */
export interface MessageTransport {
  send(message: TransportMessage): Promise<SendOutcome | void>;
}

/** The provider said when to come back (Telegram's 429 retry_after): not a failure of the message. */
export class TransportRetryLater extends Error {
  constructor(
    readonly reason: string,
    readonly retryAfterSeconds: number,
  ) {
    super(reason);
    this.name = "TransportRetryLater";
  }
}

/** The provider refused for good (the person blocked the bot): trying again cannot help. */
export class TransportRefused extends Error {
  constructor(readonly reason: string) {
    super(reason);
    this.name = "TransportRefused";
  }
}

/** Sends each message by its kind: a messenger reply through its inbox, the rest through the SMS/e-mail transport. */
export function routingTransport(routes: { direct: MessageTransport; inbox: MessageTransport }): MessageTransport {
  return { send: (message) => (message.inboxId ? routes.inbox : routes.direct).send(message) };
}

/**
 * The embedded default: "delivery" is one JSON line in the server log. The message stays readable in the
 * database (the /dev/outbox page in demo mode shows it). Its body (a recovery code, say) is logged only when
 * `revealBodies`; a production server without a real transport logs that a message was due, not what it said.
 */
export function developmentOutboxTransport({ revealBodies }: { revealBodies: boolean }): MessageTransport {
  return {
    async send(message) {
      logger.info({
        event: "outbox.development_delivery",
        id: message.id,
        channel: message.channel,
        recipient: message.recipient,
        ...(revealBodies ? { subject: message.subject, body: message.body } : { bodyLength: message.body.length }),
      });
    },
  };
}
