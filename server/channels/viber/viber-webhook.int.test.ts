/** A Viber bot's messages reach the same bot, queue, operator and rating as the site chat, through its callbacks. */
import { expect, it } from "vitest";
import { channelInboxSuite } from "@/server/testing/channel-inbox-suite";
import { viberInboxHarness } from "@/server/testing/viber-inbox";

let viber: Awaited<ReturnType<typeof viberInboxHarness>>;

channelInboxSuite(
  "VIBER",
  async (db) => {
    viber = await viberInboxHarness(db);
    return viber.driver;
  },
  ({ db }) => {
    it("set the webhook on connect with the auth token, and answers Viber's own webhook check with 200", async () => {
      const setWebhook = viber.fake.calls.find((c) => c.method === "set_webhook")!;
      expect(setWebhook.token).toBe(viber.secrets.token);
      expect(setWebhook.fields.url).toBe(`https://portal.test/api/channels/viber/${viber.driver.harness.inbox.id}`);
      expect(viber.driver.harness.connected).toMatchObject({ connected: true, webhookSetup: "automatic" });
      const check = await viber.driver.post(viber.callback("webhook", {}));
      expect(check.status).toBe(200);
      const sent = viber.fake.delivered.map((c) => c.fields);
      expect(sent.every((f) => (f.sender as { name: string }).name === "Поддержка")).toBe(true);
    });

    it("welcomes in the conversation_started answer itself, storing nothing", async () => {
      const stored = await db().inboundUpdate.count();
      const answer = await viber.driver.post(
        viber.callback("conversation_started", { type: "open", context: "", user: viber.user, subscribed: false }),
      );
      expect(await answer.json()).toMatchObject({ sender: { name: "Поддержка" }, type: "text" });
      expect(await db().inboundUpdate.count()).toBe(stored);
    });

    it("keeps two messages whose 64-bit tokens a double would confuse", async () => {
      const before = await db().inboundUpdate.count();
      const base = viber.callback("message", { sender: viber.user, message: { type: "text", text: "раз" } });
      const token = /"message_token":(\d+)/.exec(base)![1]!;
      // 2^53 and 2^53 + 1: as doubles, both read as 2^53.
      const [one, two] = ["9007199254740992", "9007199254740993"];
      expect(Number(one)).toBe(Number(two));
      await viber.driver.post(base.replace(token, one));
      await viber.driver.post(base.replace(token, two).replace("раз", "два"));
      expect(await db().inboundUpdate.count()).toBe(before + 2);
    });

    it("marks the contact unreachable when they unsubscribe, and on status 6 (not subscribed)", async () => {
      await viber.driver.post(viber.callback("unsubscribed", { user_id: viber.user.id }));
      expect((await db().channelContact.findFirstOrThrow()).unreachableAt).not.toBeNull();
      await viber.driver.post(viber.driver.text("я вернулся"));
      expect((await db().channelContact.findFirstOrThrow()).unreachableAt).toBeNull();
      viber.fake.failNext(5, { status: 6 });
      await viber.driver.harness.deliver();
      const failed = await db().outboxMessage.findFirstOrThrow({ where: { status: "FAILED" } });
      expect(failed.lastError).toMatch(/BLOCKED.*send_message 6/);
      expect((await db().channelContact.findFirstOrThrow()).unreachableAt).not.toBeNull();
    });
  },
);
