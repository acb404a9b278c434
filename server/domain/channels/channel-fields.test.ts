import { describe, expect, it } from "vitest";
import { messagesFor } from "@/i18n/messages";
import { askedFields, CHANNEL_FIELDS, invalidChannelFields, validateInboxSecrets } from "./channel-fields";
import { MESSENGER_CHANNELS } from "./inboxes";

describe("the fields an inbox needs per channel", () => {
  it("has words for every field in both languages", () => {
    for (const locale of ["ru", "en"] as const)
      for (const channel of MESSENGER_CHANNELS)
        for (const field of CHANNEL_FIELDS[channel].fields) {
          const words = messagesFor(locale).channelFields[channel] as Record<string, { label: string; hint: string }>;
          expect(words[field.key]?.label, `${locale} ${channel}.${field.key}`).toBeTruthy();
          expect(words[field.key]?.hint, `${locale} ${channel}.${field.key} hint`).toBeTruthy();
        }
  });

  it("keeps only the channel's fields, trimmed, and refuses a missing or malformed one by its name", () => {
    const vk = {
      groupId: " 217000 ",
      token: "vk1.a.".padEnd(40, "x"),
      confirmation: "5f3a9c1e",
      webhookSecret: "Secret123",
    };
    expect(validateInboxSecrets("VK", { ...vk, pageId: "1" })).toEqual({ ...vk, groupId: "217000" });
    expect(() => validateInboxSecrets("VK", { ...vk, webhookSecret: "with space" })).toThrow(
      expect.objectContaining({ code: "INVALID_INPUT", details: expect.objectContaining({ field: "webhookSecret" }) }),
    );
    expect(() => validateInboxSecrets("VIBER", { token: "t".repeat(40) })).toThrow(
      expect.objectContaining({ details: expect.objectContaining({ field: "senderName" }) }),
    );
    expect(() => validateInboxSecrets("FACEBOOK", { token: "x".repeat(40) })).toThrow(
      expect.objectContaining({ details: expect.objectContaining({ field: "pageId" }) }),
    );
  });

  it("asks the admin for every field but the generated ones, and names the missing or malformed ones, as the form shows them", () => {
    expect(askedFields("TELEGRAM").map((f) => f.key)).toEqual(["token"]);
    expect(askedFields("VK").map((f) => f.key)).toEqual(["groupId", "token", "confirmation", "webhookSecret"]);
    expect(askedFields("VIBER").map((f) => f.key)).toEqual(["token", "senderName"]);
    expect(askedFields("FACEBOOK").map((f) => f.key)).toEqual(["pageId", "token", "webhookSecret", "verifyToken"]);
    expect(invalidChannelFields("TELEGRAM", { token: "123456:abcdefghij" })).toEqual([]);
    expect(invalidChannelFields("VK", { groupId: "club1", token: "short", confirmation: " 5f3a9c1e " })).toEqual([
      "groupId",
      "token",
      "webhookSecret",
    ]);
    expect(invalidChannelFields("VIBER", { token: "t".repeat(40), senderName: "x".repeat(29) })).toEqual([
      "senderName",
    ]);
  });
});
