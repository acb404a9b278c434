/** A Facebook page's Messenger conversations reach the same bot, queue, operator and rating as the site chat. */
import { expect, it } from "vitest";
import { createCaller } from "@/server/api/root";
import { channelInboxSuite } from "@/server/testing/channel-inbox-suite";
import { facebookInboxHarness } from "@/server/testing/facebook-inbox";
import { createStaff, staffPrincipal, testContext } from "@/server/testing/fixtures";

let fb: Awaited<ReturnType<typeof facebookInboxHarness>>;

channelInboxSuite(
  "FACEBOOK",
  async (db) => {
    fb = await facebookInboxHarness(db);
    return fb.driver;
  },
  ({ db }) => {
    it("echoes hub.challenge for the inbox's verify token only, and checked the page token on connect", async () => {
      const query = {
        "hub.mode": "subscribe",
        "hub.verify_token": fb.secrets.verifyToken,
        "hub.challenge": "1158201444",
      };
      const ok = await fb.driver.harness.verify(query);
      expect(ok.status).toBe(200);
      expect(await ok.text()).toBe("1158201444");
      expect((await fb.driver.harness.verify({ ...query, "hub.verify_token": "guess" })).status).toBe(403);
      expect((await fb.driver.harness.verify(query, "no-such-inbox")).status).toBe(404);
      expect(fb.fake.calls[0]).toMatchObject({ path: "/v21.0/me", token: fb.secrets.token });
      expect(fb.driver.harness.connected).toMatchObject({ connected: true, webhookSetup: "manual" });
      const sent = fb.fake.delivered.find((c) => !c.file)!;
      expect(sent.fields).toMatchObject({ messaging_type: "RESPONSE", recipient: { id: fb.psid } });
    });

    it("names the contact by the User Profile API once, with the page token, and the workspace shows the name", async () => {
      const lookups = fb.fake.calls.filter((c) => c.path === `/v21.0/${fb.psid}`);
      expect(lookups).toHaveLength(1);
      expect(lookups[0]!.token).toBe(fb.secrets.token);
      const contact = await db().channelContact.findFirstOrThrow({ where: { externalId: fb.psid } });
      expect(contact.name).toBe("Anna Smith");
      const chat = await db().chat.findFirstOrThrow({ where: { channel: "FACEBOOK" }, orderBy: { createdAt: "asc" } });
      const supervisor = staffPrincipal(await createStaff(db(), ["SUPERVISOR"]));
      const details = await createCaller(testContext(db(), supervisor)).workspace.details({ chatId: chat.id });
      expect(details.visitor?.name).toBe("Anna Smith");
    });

    it("takes a batch of messages in one webhook, each once", async () => {
      const before = await db().chatMessage.count({ where: { author: "VISITOR" } });
      const batch = fb.webhook(
        { message: { mid: "m_batch_1", text: "первое" } },
        { message: { mid: "m_batch_2", text: "второе" } },
      );
      await fb.driver.post(batch);
      await fb.driver.post(batch);
      expect(await db().chatMessage.count({ where: { author: "VISITOR" } })).toBe(before + 2);
    });

    it("shows the operator the 24-hour window's end and refuses a reply after it, in words", async () => {
      const chat = await db().chat.findFirstOrThrow({ where: { state: { in: ["BOT", "QUEUED", "ASSIGNED"] } } });
      const operator = await createStaff(db(), ["OPERATOR"]);
      const caller = createCaller(testContext(db(), staffPrincipal(operator)));
      if (chat.state !== "ASSIGNED") {
        await db().chat.update({ where: { id: chat.id }, data: { state: "QUEUED", queuedAt: new Date() } });
        await caller.workspace.take({ chatId: chat.id });
      }
      const contact = await db().channelContact.findFirstOrThrow();
      const details = await caller.workspace.details({ chatId: chat.id });
      expect(details.chat.replyWindowEndsAt?.getTime()).toBe(contact.lastInboundAt!.getTime() + 24 * 3600_000);

      await db().channelContact.update({
        where: { id: contact.id },
        data: { lastInboundAt: new Date(Date.now() - 25 * 3600_000) },
      });
      await expect(
        caller.chat.send({ chatId: chat.id, text: "Ответ", clientId: "late-reply-0001" }),
      ).rejects.toMatchObject({
        cause: { code: "REPLY_WINDOW_CLOSED" },
      });
      expect(await db().chatMessage.count({ where: { chatId: chat.id, text: "Ответ" } })).toBe(0);
    });

    it("fails a reply Facebook refuses as outside the window (10) with the reason, sending nothing more", async () => {
      await fb.driver.post(fb.driver.text("последний вопрос"));
      fb.fake.failNext(5, { code: 10, subcode: 2018278 });
      await fb.driver.harness.deliver();
      const failed = await db().outboxMessage.findFirstOrThrow({ where: { status: "FAILED" } });
      expect(failed.lastError).toMatch(/me\/messages 10\/2018278: This message is sent outside of allowed window/);
    });
  },
);
