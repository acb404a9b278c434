import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TransportRefused, TransportRetryLater, type TransportMessage } from "@/server/domain/outbox/message-transport";
import { startFakeSmsGateway } from "./fake-sms-gateway";
import { renderSmsBody, smsGatewayTransport } from "./sms-gateway-transport";

const TOKEN = "gateway-token-0123456789";
let gateway: Awaited<ReturnType<typeof startFakeSmsGateway>>;
beforeAll(async () => {
  gateway = await startFakeSmsGateway({ token: TOKEN });
});
afterAll(() => gateway.close());

const message = (body: string): TransportMessage => ({
  id: "msg-1",
  channel: "SMS",
  recipient: "+79001234567",
  subject: null,
  body,
  inboxId: null,
  payload: null,
});
const jsonTemplate = '{"to":"{{to}}","text":"{{text}}","reference":"{{id}}","from":"{{sender}}"}';

describe("SMS gateway transport", () => {
  it("fills the template, JSON-escaped, and keeps the gateway's message id", async () => {
    const transport = smsGatewayTransport({
      url: gateway.url,
      authorization: `Bearer ${TOKEN}`,
      bodyTemplate: jsonTemplate,
      contentType: "json",
      sender: "Portal",
      messageIdPath: "message.id",
    });
    const outcome = await transport.send(message('Код "123456", никому не говорите\n'));
    expect(outcome).toEqual({ providerRef: expect.stringMatching(/^gw-\d+$/) });
    const sent = gateway.requests.at(-1)!;
    expect(sent.contentType).toBe("application/json");
    expect(JSON.parse(sent.body)).toEqual({
      to: "+79001234567",
      text: 'Код "123456", никому не говорите\n',
      reference: "msg-1",
      from: "Portal",
    });
  });

  it("URL-encodes the values of a form template", () => {
    const body = renderSmsBody(
      { bodyTemplate: "phone={{to}}&msg={{text}}", contentType: "form" },
      message("Баланс: 100 ₽ & ещё"),
    );
    expect(new URLSearchParams(body).get("msg")).toBe("Баланс: 100 ₽ & ещё");
    expect(new URLSearchParams(body).get("phone")).toBe("+79001234567");
  });

  it("retries later on 429 (after Retry-After), 5xx and a refused key, and gives up on a refused message, naming the status only", async () => {
    const transport = smsGatewayTransport({
      url: gateway.url,
      authorization: `Bearer ${TOKEN}`,
      bodyTemplate: jsonTemplate,
      contentType: "json",
    });
    gateway.failNext({ status: 429, retryAfter: 7 });
    await expect(transport.send(message("code 111111"))).rejects.toEqual(new TransportRetryLater("SMS_GATEWAY_429", 7));
    gateway.failNext({ status: 503 });
    const unavailable = await transport.send(message("code 222222")).catch((e: Error) => e);
    expect(unavailable).toBeInstanceOf(Error);
    expect(unavailable).not.toBeInstanceOf(TransportRefused);
    expect(String(unavailable)).not.toContain("222222");
    const wrongKey = smsGatewayTransport({
      url: gateway.url,
      authorization: "Bearer wrong",
      bodyTemplate: jsonTemplate,
      contentType: "json",
    });
    const misconfigured = await wrongKey.send(message("code 333333")).catch((e: Error) => e);
    expect(misconfigured).toEqual(new Error("SMS gateway answered 401"));
    gateway.failNext({ status: 400 });
    const refused = await transport.send(message("code 444444")).catch((e: Error) => e);
    expect(refused).toEqual(new TransportRefused("SMS_GATEWAY_400"));
  });
});
