import nodemailer from "nodemailer";
import { TransportRefused, type MessageTransport } from "@/server/domain/outbox/message-transport";

export interface SmtpSettings {
  /** smtp://user:password@host:587 (STARTTLS when offered) or smtps://…:465. */
  url: string;
  /** The From header: "Портал <no-reply@example.com>". */
  from: string;
  timeoutMs?: number;
}

const DEFAULT_TIMEOUT_MS = 15_000;

/**
 * A permanent refusal of this message (5xx to its sender, recipient or content) will not pass on a retry;
 * 4xx, lost connections and a refused login (our misconfiguration, kept for after the fix) may.
 */
function isPermanent(error: unknown): boolean {
  const { responseCode, command } = error as { responseCode?: unknown; command?: unknown };
  return (
    typeof responseCode === "number" &&
    responseCode >= 500 &&
    responseCode < 600 &&
    command !== "AUTH PLAIN" &&
    command !== "AUTH LOGIN"
  );
}

/**
 * E-mail through an SMTP server (nodemailer, pooled connections). The error kept names the SMTP status
 * and command only, never the message, so a code inside cannot reach a log or a column.
 */
export function smtpTransport(settings: SmtpSettings): MessageTransport & { close(): void } {
  const timeout = settings.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const url = new URL(settings.url);
  const secure = url.protocol === "smtps:";
  const mailer = nodemailer.createTransport({
    host: url.hostname,
    port: url.port ? Number(url.port) : secure ? 465 : 587,
    secure,
    auth: url.username ? { user: decodeURIComponent(url.username), pass: decodeURIComponent(url.password) } : undefined,
    pool: true,
    connectionTimeout: timeout,
    greetingTimeout: timeout,
    socketTimeout: timeout,
  });
  return {
    async send(message) {
      try {
        const info = await mailer.sendMail({
          from: settings.from,
          to: message.recipient,
          subject: message.subject ?? "",
          text: message.body,
        });
        return { providerRef: info.messageId };
      } catch (error) {
        const { responseCode, command } = error as { responseCode?: number; command?: string };
        const reason = `SMTP ${responseCode ?? "no answer"}${command ? ` on ${command}` : ""}`;
        throw isPermanent(error) ? new TransportRefused(reason) : new Error(reason);
      }
    },
    close: () => mailer.close(),
  };
}
