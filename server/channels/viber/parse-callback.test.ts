import { describe, expect, it } from "vitest";
import { bodyHmacHex } from "../webhook-checks";
import { readViberCallback, SIGNATURE_HEADER } from "./parse-callback";

const secrets = { token: "445da6az1s345z78-dazcczb2542zv51a-e0vc5fva17480im9", senderName: "Поддержка" };
const read = (body: string, signature = bodyHmacHex(secrets.token, body)) =>
  readViberCallback({ headers: new Headers({ [SIGNATURE_HEADER]: signature }), body }, secrets);
const sender = { id: "01234567890A=", name: "John McClane", language: "en" };
// Written as Viber sends it: a 64-bit token that a JavaScript number could not hold.
const message = (m: object) =>
  JSON.stringify({ event: "message", timestamp: 1457764197627, message_token: "T", sender, message: m }).replace(
    '"T"',
    "4912661846655238145",
  );
const eventOf = (reading: ReturnType<typeof read>) => (reading.kind === "events" ? reading.updates[0]!.event : null);

describe("reading a Viber callback", () => {
  it("checks the hex HMAC-SHA256 of the raw body under the auth token", () => {
    const body = message({ type: "text", text: "hi" });
    expect(read(body)).toMatchObject({ kind: "events", updates: [{ updateId: "4912661846655238145" }] });
    expect(read(body, bodyHmacHex("other", body))).toEqual({ kind: "refused", code: "UNAUTHENTICATED" });
    expect(read(body, "")).toEqual({ kind: "refused", code: "UNAUTHENTICATED" });
    expect(read("{")).toEqual({ kind: "refused", code: "INVALID_INPUT" });
  });

  it("reads text, a keyboard reply, a picture, subscribed, unsubscribed and the welcome", () => {
    const contact = { externalId: sender.id, name: "John McClane", locale: "en" };
    expect(eventOf(read(message({ type: "text", text: "hi" })))).toEqual({ kind: "text", text: "hi", contact });
    expect(eventOf(read(message({ type: "text", text: "q:4:1" })))).toEqual({ kind: "button", data: "q:4:1", contact });
    expect(eventOf(read(message({ type: "picture", text: "", media: "https://dl/x.jpg" })))).toMatchObject({
      kind: "image",
      fileRef: "https://dl/x.jpg",
    });
    expect(eventOf(read(message({ type: "sticker", sticker_id: 46105 })))).toMatchObject({ kind: "unsupported" });
    const subscribed = JSON.stringify({ event: "subscribed", timestamp: 1, user: sender, message_token: 1 });
    expect(eventOf(read(subscribed))).toMatchObject({ kind: "start", contact });
    const gone = JSON.stringify({ event: "unsubscribed", timestamp: 2, user_id: sender.id, message_token: 2 });
    expect(eventOf(read(gone))).toMatchObject({ kind: "unreachable", contact: { externalId: sender.id } });
    const started = JSON.stringify({ event: "conversation_started", timestamp: 3, user: sender, message_token: 3 });
    expect(read(started)).toMatchObject({ kind: "ignored", answer: { sender: { name: "Поддержка" }, type: "text" } });
    expect(read(JSON.stringify({ event: "seen", timestamp: 4, message_token: 4, user_id: sender.id }))).toEqual({
      kind: "ignored",
    });
  });
});
