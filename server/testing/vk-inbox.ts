import { randomBytes } from "node:crypto";
import type { Db } from "@/server/db-client";
import { startFakeVkApi } from "@/server/channels/vk/fake-vk-api";
import { buttonPayload } from "@/server/channels/vk/parse-callback";
import { createVkAdapter } from "@/server/channels/vk/vk-adapter";
import { channelInboxHarness, type ChannelDriver } from "./channel-inbox";

const GROUP_ID = 217_000;
const PEER_ID = 5_550_001;

interface VkKeyboard {
  inline?: boolean;
  one_time?: boolean;
  buttons: Array<Array<{ action: { label: string; payload: string } }>>;
}

/** A VK community inbox against the fake VK API, driven by Callback API requests as VK sends them. */
export async function vkInboxHarness(db: Db) {
  const fake = await startFakeVkApi();
  // The person writing, as users.get names them (the Callback API's message_new carries only their id).
  fake.addUser(PEER_ID, "Ирина", "Петрова");
  const secrets = {
    groupId: String(GROUP_ID),
    token: `vk1.a.${randomBytes(24).toString("hex")}`,
    confirmation: "5f3a9c1e",
    webhookSecret: `Sec${randomBytes(8).toString("hex")}`,
  };
  const harness = await channelInboxHarness(db, { adapter: createVkAdapter({ baseUrl: fake.baseUrl }), secrets });
  let eventId = 0;
  const callback = (type: string, object: unknown) => ({
    type,
    event_id: `e${randomBytes(4).toString("hex")}${++eventId}`,
    v: "5.199",
    object,
    group_id: GROUP_ID,
    secret: secrets.webhookSecret,
  });
  const message = (fields: Record<string, unknown>) =>
    callback("message_new", {
      message: { date: 0, from_id: PEER_ID, peer_id: PEER_ID, id: eventId, out: 0, text: "", ...fields },
      client_info: { button_actions: ["text"], keyboard: true, inline_keyboard: true, carousel: true, lang_id: 0 },
    });
  const driver: ChannelDriver = {
    harness,
    label: "VK",
    post(body, opts = {}) {
      const withSecret =
        opts.auth && body && typeof body === "object"
          ? { ...body, secret: opts.auth === "wrong" ? "WrongSecret1" : undefined }
          : body;
      return harness.send(opts.raw ?? JSON.stringify(withSecret), { "content-type": "application/json" }, opts.inboxId);
    },
    start: () => message({ text: "Начать", payload: JSON.stringify({ command: "start" }) }),
    text: (text) => message({ text }),
    photo: (url, caption) =>
      message({
        text: caption,
        attachments: [
          {
            type: "photo",
            photo: {
              sizes: [
                { type: "s", url: `${url}.small`, width: 75, height: 56 },
                { type: "w", url, width: 640, height: 480 },
              ],
            },
          },
        ],
      }),
    press: (button) => message({ text: button.label, payload: buttonPayload(button.data) }),
    sent: () =>
      fake.delivered.map((call) => {
        const keyboard = call.fields.keyboard as VkKeyboard | undefined;
        return {
          text: String(call.fields.message ?? ""),
          buttons: (keyboard?.buttons ?? []).flat().map((b) => ({
            label: b.action.label,
            data: (JSON.parse(b.action.payload) as { b: string }).b,
          })),
          pictures: call.photos,
        };
      }),
    fake: {
      ...fake,
      rateLimitNext: (count) => fake.failNext(count, { error: 6 }),
      sendAttempts: () => fake.calls.filter((c) => c.method === "messages.send").length,
    },
  };
  return { driver, fake, secrets, callback, message, peerId: String(PEER_ID), groupId: GROUP_ID };
}
