import type { ResetChannel } from "@/server/generated/prisma/enums";
import { logger } from "@/server/log";

/** One message as a transport sees it. */
export interface TransportMessage {
  id: string;
  channel: ResetChannel;
  recipient: string;
  subject: string | null;
  body: string;
}

/** An SMS gateway or mail server; `send` resolves once the provider accepted the message, rejects otherwise. */
export interface MessageTransport {
  send(message: TransportMessage): Promise<void>;
}

/**
 * The embedded default: "delivery" is one JSON line in the server log. The message
 * stays readable in the database (the /dev/outbox page in demo mode shows it).
 */
export const developmentOutboxTransport: MessageTransport = {
  async send(message) {
    logger.info({
      event: "outbox.development_delivery",
      id: message.id,
      channel: message.channel,
      recipient: message.recipient,
      subject: message.subject,
      body: message.body,
    });
  },
};
