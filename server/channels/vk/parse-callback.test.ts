import { describe, expect, it } from "vitest";
import { buttonPayload, readVkCallback } from "./parse-callback";
import { randomIdOf, vkKeyboard } from "./vk-adapter";

const secrets = { token: "t", groupId: "42", confirmation: "c0nf1rm", webhookSecret: "Secret123" };
const read = (body: object) => readVkCallback({ body: JSON.stringify(body) }, secrets);
const message = (fields: object, lang = 0) => ({
  type: "message_new",
  event_id: "e1",
  group_id: 42,
  secret: "Secret123",
  object: { message: { peer_id: 7, from_id: 7, text: "", ...fields }, client_info: { lang_id: lang } },
});
const eventOf = (reading: ReturnType<typeof read>) => (reading.kind === "events" ? reading.updates[0]!.event : null);

describe("reading a VK Callback API request", () => {
  it("answers the confirmation for its own community, and refuses a wrong secret or community", () => {
    expect(read({ type: "confirmation", group_id: 42 })).toEqual({ kind: "ignored", answer: "c0nf1rm" });
    expect(read({ type: "confirmation", group_id: 43 })).toMatchObject({ kind: "refused", code: "UNAUTHENTICATED" });
    expect(read({ ...message({ text: "hi" }), secret: "nope" })).toMatchObject({ code: "UNAUTHENTICATED" });
    expect(read({ ...message({ text: "hi" }), group_id: 43 })).toMatchObject({ code: "UNAUTHENTICATED" });
    expect(readVkCallback({ body: "{" }, secrets)).toMatchObject({ code: "INVALID_INPUT" });
  });

  it("reads text, the largest photo, a button's payload and the Start button; answers ok", () => {
    expect(read(message({ text: "Баланс?" }))).toEqual({
      kind: "events",
      updates: [
        {
          updateId: "e1",
          event: { kind: "text", text: "Баланс?", contact: { externalId: "7", name: null, locale: "ru" } },
        },
      ],
      answer: "ok",
    });
    const sizes = [
      { url: "https://vk/s", width: 75, height: 50 },
      { url: "https://vk/x", width: 604, height: 403 },
      { url: "https://vk/m", width: 130, height: 87 },
    ];
    const photo = eventOf(read(message({ attachments: [{ type: "photo", photo: { sizes } }] }, 3)));
    expect(photo).toMatchObject({ kind: "image", fileRef: "https://vk/x", caption: null, contact: { locale: "en" } });
    expect(eventOf(read(message({ text: "5", payload: buttonPayload("rate:5") })))).toMatchObject({
      kind: "button",
      data: "rate:5",
    });
    expect(eventOf(read(message({ text: "Начать", payload: '{"command":"start"}' })))).toMatchObject({ kind: "start" });
    expect(eventOf(read(message({ attachments: [{ type: "sticker" }] })))).toMatchObject({ kind: "unsupported" });
    expect(read({ type: "group_join", group_id: 42, secret: "Secret123", object: {} })).toEqual({
      kind: "ignored",
      answer: "ok",
    });
  });

  it("makes a stable random_id per message, and an inline keyboard only while it fits VK's 10 buttons", () => {
    expect(randomIdOf("cm1")).toBe(randomIdOf("cm1"));
    expect(randomIdOf("cm1")).not.toBe(randomIdOf("cm2"));
    expect(Math.abs(randomIdOf("cm1"))).toBeLessThan(2 ** 31);
    const five = JSON.parse(vkKeyboard([1, 2, 3, 4, 5].map((n) => ({ label: String(n), data: `rate:${n}` })))!);
    expect(five).toMatchObject({ inline: true });
    expect(five.buttons).toHaveLength(1);
    const twelve = JSON.parse(
      vkKeyboard(Array.from({ length: 12 }, (_, n) => ({ label: String(n), data: `nps:${n}` })))!,
    );
    expect(twelve).toMatchObject({ one_time: true });
    expect(twelve.buttons.map((row: unknown[]) => row.length)).toEqual([5, 5, 2]);
    expect(vkKeyboard([])).toBeNull();
  });
});
