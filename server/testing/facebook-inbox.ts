import { randomBytes } from "node:crypto";
import type { Db } from "@/server/db-client";
import { createFacebookAdapter } from "@/server/channels/facebook/facebook-adapter";
import { startFakeGraphApi } from "@/server/channels/facebook/fake-graph-api";
import { SIGNATURE_HEADER } from "@/server/channels/facebook/parse-webhook";
import { bodyHmacHex } from "@/server/channels/webhook-checks";
import { channelInboxHarness, type ChannelDriver } from "./channel-inbox";

const PAGE_ID = "104857600000001";
const PSID = "7105550001234567";

interface SentGraphMessage {
  text?: string;
  quick_replies?: Array<{ title: string; payload: string }>;
}

/** A Facebook page inbox against the fake Graph API, driven by page webhooks signed with the app secret. */
export async function facebookInboxHarness(db: Db) {
  const fake = await startFakeGraphApi(PAGE_ID);
  // The person writing, as the User Profile API names them (a webhook carries only their PSID).
  fake.addProfile(PSID, "Anna", "Smith");
  const secrets = {
    pageId: PAGE_ID,
    token: `EAAG${randomBytes(30).toString("hex")}`,
    webhookSecret: randomBytes(16).toString("hex"),
    verifyToken: `verify-${randomBytes(6).toString("hex")}`,
  };
  const harness = await channelInboxHarness(db, {
    adapter: createFacebookAdapter({ baseUrl: fake.graphUrl }),
    secrets,
  });
  let mid = 0;
  /** One page webhook with these messaging items (Facebook may batch several). */
  const webhook = (...items: Array<Record<string, unknown>>) => ({
    object: "page",
    entry: [
      {
        id: PAGE_ID,
        time: Date.now(),
        messaging: items.map((item) => ({
          sender: { id: PSID },
          recipient: { id: PAGE_ID },
          timestamp: Date.now() + ++mid,
          ...item,
        })),
      },
    ],
  });
  const message = (fields: Record<string, unknown>) => webhook({ message: { mid: `m_${++mid}`, ...fields } });
  const post = (body: unknown, opts: { auth?: "wrong" | "missing"; raw?: string; inboxId?: string } = {}) => {
    const raw = opts.raw ?? JSON.stringify(body);
    const headers = new Headers({ "content-type": "application/json" });
    if (opts.auth !== "missing")
      headers.set(
        SIGNATURE_HEADER,
        `sha256=${bodyHmacHex(opts.auth === "wrong" ? "0".repeat(32) : secrets.webhookSecret, raw)}`,
      );
    return harness.send(raw, headers, opts.inboxId);
  };
  const driver: ChannelDriver = {
    harness,
    label: "Facebook",
    post,
    start: () => webhook({ postback: { mid: `m_${++mid}`, title: "Начать", payload: "GET_STARTED" } }),
    text: (text) => message({ text }),
    photo: (url, caption) => message({ text: caption, attachments: [{ type: "image", payload: { url } }] }),
    press: (button) => message({ text: button.label, quick_reply: { payload: button.data } }),
    sent: () =>
      fake.delivered.map((call) => {
        const m = (call.fields.message ?? {}) as SentGraphMessage;
        return {
          text: m.text ?? "",
          buttons: (m.quick_replies ?? []).map((q) => ({ label: q.title, data: q.payload })),
          pictures: call.file ? [call.file] : [],
        };
      }),
    fake: {
      ...fake,
      rateLimitNext: (count) => fake.failNext(count, { code: 613 }),
      sendAttempts: () => fake.calls.filter((c) => c.path.endsWith("/me/messages")).length,
    },
  };
  return { driver, fake, secrets, webhook, message, psid: PSID };
}
