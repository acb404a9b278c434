import { randomBytes } from "node:crypto";
import type { Db } from "@/server/db-client";
import { startFakeViberApi } from "@/server/channels/viber/fake-viber-api";
import { SIGNATURE_HEADER } from "@/server/channels/viber/parse-callback";
import { createViberAdapter } from "@/server/channels/viber/viber-adapter";
import { bodyHmacHex } from "@/server/channels/webhook-checks";
import { channelInboxHarness, type ChannelDriver } from "./channel-inbox";

const USER = { id: "01234567890A=", name: "Павел Орлов", avatar: "", country: "RU", language: "ru", api_version: 10 };

interface ViberKeyboard {
  Buttons: Array<{ ActionBody: string; Text: string }>;
}

/** A Viber bot inbox against the fake Viber API, driven by callbacks signed with the auth token as Viber signs them. */
export async function viberInboxHarness(db: Db) {
  const fake = await startFakeViberApi();
  const secrets = { token: `4453b6ac1b${randomBytes(20).toString("hex")}`, senderName: "Поддержка" };
  const harness = await channelInboxHarness(db, {
    adapter: createViberAdapter({ baseUrl: fake.baseUrl }),
    secrets,
  });
  // Real tokens are 64-bit: past 2^53, so two of them differ only in digits a double would round away.
  let token = 5_491_234_567_890_123_000n;
  const callback = (event: string, fields: Record<string, unknown>) => {
    const rest = JSON.stringify(fields).slice(1, -1);
    return `{"event":"${event}","timestamp":${Date.now()},"chat_hostname":"SN-CHAT-01_","message_token":${++token}${rest ? `,${rest}` : ""}}`;
  };
  const message = (message: Record<string, unknown>) => callback("message", { sender: USER, message });
  const post = (body: unknown, opts: { auth?: "wrong" | "missing"; raw?: string; inboxId?: string } = {}) => {
    const raw = opts.raw ?? (typeof body === "string" ? body : JSON.stringify(body));
    const headers = new Headers({ "content-type": "application/json" });
    if (opts.auth !== "missing")
      headers.set(SIGNATURE_HEADER, bodyHmacHex(opts.auth === "wrong" ? "not-the-token" : secrets.token, raw));
    return harness.send(raw, headers, opts.inboxId);
  };
  const driver: ChannelDriver = {
    harness,
    label: "Viber",
    post,
    start: () => callback("subscribed", { user: USER }),
    text: (text) => message({ type: "text", text }),
    photo: (url, caption) => message({ type: "picture", text: caption, media: url, thumbnail: url, size: 1000 }),
    press: (button) => message({ type: "text", text: button.data }),
    sent: () =>
      fake.delivered.map((call) => ({
        text: String(call.fields.text ?? ""),
        buttons: ((call.fields.keyboard as ViberKeyboard | undefined)?.Buttons ?? []).map((b) => ({
          label: b.Text,
          data: b.ActionBody,
        })),
        pictures: call.fields.type === "picture" ? [String(call.fields.media)] : [],
      })),
    fake: {
      ...fake,
      rateLimitNext: (count) => fake.failNext(count, { status: 12 }),
      sendAttempts: () => fake.calls.filter((c) => c.method === "send_message").length,
    },
  };
  return { driver, fake, secrets, callback, user: USER };
}
