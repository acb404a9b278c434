import { describe, expect, it } from "vitest";
import { readTelegramWebhook, SECRET_HEADER } from "./parse-update";

const SECRET = "s".repeat(32);
const read = (body: unknown, secret: string | null = SECRET) =>
  readTelegramWebhook(
    { headers: new Headers(secret === null ? {} : { [SECRET_HEADER]: secret }), body: JSON.stringify(body) },
    SECRET,
  );
const from = { id: 42, first_name: "Anna", language_code: "en" };
const message = (fields: object) => ({ update_id: 7, message: { message_id: 1, from, chat: { id: 42 }, ...fields } });
const contact = { externalId: "42", name: "Anna", locale: "en" };
const eventOf = (reading: ReturnType<typeof read>) => (reading.kind === "events" ? reading.updates[0]?.event : null);

describe("reading a Telegram update", () => {
  it("refuses a missing or wrong secret token before reading the body", () => {
    expect(read(message({ text: "hi" }), null)).toEqual({ kind: "refused", code: "UNAUTHENTICATED" });
    expect(read(message({ text: "hi" }), "x".repeat(32))).toEqual({ kind: "refused", code: "UNAUTHENTICATED" });
    expect(read({ update_id: "seven" })).toEqual({ kind: "refused", code: "INVALID_INPUT" });
  });

  it("reads /start, text, the largest photo size and a button press", () => {
    expect(read(message({ text: "/start promo" }))).toEqual({
      kind: "events",
      updates: [{ updateId: "7", event: { kind: "start", contact } }],
    });
    expect(eventOf(read(message({ text: "Balance?" })))).toEqual({ kind: "text", text: "Balance?", contact });
    const photo = read(message({ photo: [{ file_id: "small" }, { file_id: "large" }], caption: "screen" }));
    expect(eventOf(photo)).toMatchObject({ kind: "image", fileRef: "large", caption: "screen" });
    const press = read({
      update_id: 8,
      callback_query: { id: "cb", from, data: "rate:5", message: { chat: { id: 42 } } },
    });
    expect(press).toMatchObject({ answer: { method: "answerCallbackQuery", callback_query_id: "cb" } });
    expect(eventOf(press)).toEqual({ kind: "button", data: "rate:5", contact });
  });

  it("takes a sticker as unsupported and ignores updates the chat does not use", () => {
    expect(eventOf(read(message({ sticker: { file_id: "x" } })))).toMatchObject({ kind: "unsupported" });
    expect(read({ update_id: 9, edited_message: {} })).toEqual({ kind: "ignored" });
  });

  it("reads a shared contact as the sender's own only when Telegram names the sender as its user", () => {
    const own = message({ contact: { phone_number: "79000000001", first_name: "Anna", user_id: 42 } });
    expect(eventOf(read(own))).toMatchObject({ kind: "contact", phone: "79000000001", own: true });
    const other = message({ contact: { phone_number: "79000000002", first_name: "Bob", user_id: 43 } });
    expect(eventOf(read(other))).toMatchObject({ kind: "contact", own: false });
    const noUser = message({ contact: { phone_number: "79000000003", first_name: "Eve" } });
    expect(eventOf(read(noUser))).toMatchObject({ kind: "contact", own: false });
  });

  it("takes a picture sent as a file, and refuses one over the limit from its stated size", () => {
    const limited = (body: unknown) =>
      readTelegramWebhook({ headers: new Headers({ [SECRET_HEADER]: SECRET }), body: JSON.stringify(body) }, SECRET, {
        maxImageBytes: 1000,
      });
    const file = message({ document: { file_id: "doc", mime_type: "image/png", file_size: 900 } });
    expect(eventOf(limited(file))).toMatchObject({ kind: "image", fileRef: "doc" });
    const big = message({
      photo: [
        { file_id: "small", file_size: 10 },
        { file_id: "large", file_size: 5000 },
      ],
    });
    expect(eventOf(limited(big))).toMatchObject({ kind: "unsupported", reason: "tooLarge" });
    const pdf = message({ document: { file_id: "pdf", mime_type: "application/pdf", file_size: 10 } });
    expect(eventOf(limited(pdf))).toMatchObject({ kind: "unsupported" });
  });
});
