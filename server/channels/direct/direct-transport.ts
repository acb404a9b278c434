import { developmentOutboxTransport, type MessageTransport } from "@/server/domain/outbox/message-transport";
import { smsGatewayTransport } from "./sms-gateway-transport";
import { smtpTransport } from "./smtp-transport";

/** The validated environment's delivery settings (server/env.mjs). */
export interface DirectDeliveryEnv {
  NODE_ENV: string;
  DEMO_MODE: boolean;
  SMTP_URL?: string;
  SMTP_FROM?: string;
  SMS_GATEWAY_URL?: string;
  SMS_GATEWAY_AUTHORIZATION?: string;
  SMS_GATEWAY_BODY_TEMPLATE: string;
  SMS_GATEWAY_CONTENT_TYPE: "json" | "form";
  SMS_GATEWAY_SENDER?: string;
  SMS_GATEWAY_MESSAGE_ID_PATH?: string;
}

/** Which transport carries each channel, for the start-up log line: never an address or a secret. */
export function directTransportNames(env: DirectDeliveryEnv) {
  return { sms: env.SMS_GATEWAY_URL ? "http-gateway" : "development", email: env.SMTP_URL ? "smtp" : "development" };
}

/**
 * SMS and e-mail each through the real transport its variables configure, else the development one; that one
 * writes message bodies to the log only where they are meant to be read (demo mode, or not production).
 */
export function directTransport(env: DirectDeliveryEnv): MessageTransport {
  const development = developmentOutboxTransport({ revealBodies: env.DEMO_MODE || env.NODE_ENV !== "production" });
  const sms = env.SMS_GATEWAY_URL
    ? smsGatewayTransport({
        url: env.SMS_GATEWAY_URL,
        authorization: env.SMS_GATEWAY_AUTHORIZATION,
        bodyTemplate: env.SMS_GATEWAY_BODY_TEMPLATE,
        contentType: env.SMS_GATEWAY_CONTENT_TYPE,
        sender: env.SMS_GATEWAY_SENDER,
        messageIdPath: env.SMS_GATEWAY_MESSAGE_ID_PATH,
      })
    : development;
  const email = env.SMTP_URL && env.SMTP_FROM ? smtpTransport({ url: env.SMTP_URL, from: env.SMTP_FROM }) : development;
  return { send: (message) => (message.channel === "EMAIL" ? email : sms).send(message) };
}
