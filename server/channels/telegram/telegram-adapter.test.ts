import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { textOnly } from "@/server/domain/channels/outbound";
import { startFakeBotApi, type FakeBotApi } from "./fake-bot-api";
import { createTelegramAdapter } from "./telegram-adapter";

let fake: FakeBotApi;
beforeAll(async () => {
  fake = await startFakeBotApi();
});
afterAll(() => fake.close());

describe("Telegram link buttons", () => {
  it("sends a public link as an inline url button, and one Telegram would refuse (localhost) in the text", async () => {
    const adapter = createTelegramAdapter({ baseUrl: fake.baseUrl });
    const message = {
      ...textOnly("Оставьте отзыв:", [{ label: "5", data: "sv:c1:csi:5" }]),
      urlButtons: [
        { label: "2ГИС", url: "https://portal.example/api/channels/review/c1/p1?signature=s" },
        { label: "Демо", url: "http://localhost:3000/api/channels/review/c1/p2?signature=s" },
      ],
    };
    await adapter.deliver({ token: "1:t" }, "42", message, [], { id: "m1" });
    const sent = fake.delivered.at(-1)!.fields;
    expect(sent.text).toBe("Оставьте отзыв:\n\nДемо\nhttp://localhost:3000/api/channels/review/c1/p2?signature=s");
    expect(sent.reply_markup).toEqual({
      inline_keyboard: [
        [{ text: "5", callback_data: "sv:c1:csi:5" }],
        [{ text: "2ГИС", url: "https://portal.example/api/channels/review/c1/p1?signature=s" }],
      ],
    });
  });
});
