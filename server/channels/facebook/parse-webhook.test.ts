import { describe, expect, it } from "vitest";
import { bodyHmacHex } from "../webhook-checks";
import { readFacebookWebhook, SIGNATURE_HEADER, verifyFacebookSubscription } from "./parse-webhook";

const secrets = { token: "EAAG", webhookSecret: "a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6", verifyToken: "verify-me" };
const read = (body: string, signature = `sha256=${bodyHmacHex(secrets.webhookSecret, body)}`) =>
  readFacebookWebhook({ headers: new Headers({ [SIGNATURE_HEADER]: signature }), body }, secrets);
const page = (...messaging: object[]) =>
  JSON.stringify({
    object: "page",
    entry: [{ id: "1", time: 1, messaging: messaging.map((m) => ({ sender: { id: "77" }, timestamp: 5, ...m })) }],
  });

describe("reading a Facebook page webhook", () => {
  it("checks sha256= and the hex HMAC of the raw body under the app secret", () => {
    const body = page({ message: { mid: "m1", text: "hi" } });
    expect(read(body)).toMatchObject({ kind: "events", updates: [{ updateId: "m1", event: { kind: "text" } }] });
    expect(read(body, bodyHmacHex(secrets.webhookSecret, body))).toMatchObject({ code: "UNAUTHENTICATED" });
    expect(read(body, `sha256=${bodyHmacHex("other", body)}`)).toMatchObject({ code: "UNAUTHENTICATED" });
    expect(read("{")).toMatchObject({ code: "INVALID_INPUT" });
  });

  it("reads a batch: quick replies and postbacks as buttons, Get Started, images; skips echoes and receipts", () => {
    const reading = read(
      page(
        { message: { mid: "m1", text: "5", quick_reply: { payload: "rate:5" } } },
        { postback: { mid: "m2", title: "Начать", payload: "GET_STARTED" } },
        { message: { mid: "m3", attachments: [{ type: "image", payload: { url: "https://cdn/x.jpg" } }] } },
        { message: { mid: "m4", text: "our own", is_echo: true } },
        { delivery: { mids: ["m9"], watermark: 1 } },
      ),
    );
    expect(reading.kind === "events" && reading.updates.map((u) => [u.updateId, u.event.kind])).toEqual([
      ["m1", "button"],
      ["m2", "start"],
      ["m3", "image"],
    ]);
  });

  it("echoes hub.challenge only for subscribe with the inbox's verify token", () => {
    const query = (token: string, mode = "subscribe") =>
      new URLSearchParams({ "hub.mode": mode, "hub.verify_token": token, "hub.challenge": "42" });
    expect(verifyFacebookSubscription(query("verify-me"), secrets)).toBe("42");
    expect(verifyFacebookSubscription(query("guess"), secrets)).toBeNull();
    expect(verifyFacebookSubscription(query("verify-me", "unsubscribe"), secrets)).toBeNull();
  });
});
