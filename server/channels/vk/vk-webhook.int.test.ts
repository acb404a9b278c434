/** A VK community's messages reach the same bot, queue, operator and rating as the site chat, through the Callback API. */
import { expect, it } from "vitest";
import { createCaller } from "@/server/api/root";
import { createStaff, staffPrincipal, testContext } from "@/server/testing/fixtures";
import { channelInboxSuite } from "@/server/testing/channel-inbox-suite";
import { vkInboxHarness } from "@/server/testing/vk-inbox";

let vk: Awaited<ReturnType<typeof vkInboxHarness>>;

channelInboxSuite(
  "VK",
  async (db) => {
    vk = await vkInboxHarness(db);
    return vk.driver;
  },
  ({ db }) => {
    it("answers the confirmation with the inbox's string for our community only, and checked the token on connect", async () => {
      const confirm = await vk.driver.post({ type: "confirmation", group_id: vk.groupId });
      expect(await confirm.text()).toBe(vk.secrets.confirmation);
      expect(confirm.headers.get("content-type")).toMatch(/^text\/plain/);
      expect((await vk.driver.post({ type: "confirmation", group_id: 1 })).status).toBe(401);
      expect(vk.fake.calls.find((c) => c.method === "groups.getById")?.fields).toMatchObject({
        group_id: String(vk.groupId),
        v: "5.199",
        access_token: vk.secrets.token,
      });
      expect(vk.driver.harness.connected).toMatchObject({
        connected: true,
        webhookSetup: "manual",
        webhookUrl: `https://portal.test/api/channels/vk/${vk.driver.harness.inbox.id}`,
      });
    });

    it("answers every event with a plain ok, sends each message with a random_id of its own, and keeps a retried one once", async () => {
      const answer = await vk.driver.post(vk.callback("message_typing_state", { state: "typing" }));
      expect(await answer.text()).toBe("ok");
      const sends = vk.fake.calls.filter((c) => c.method === "messages.send");
      const ids = sends.map((c) => c.fields.random_id);
      expect(new Set(ids).size).toBe(vk.fake.delivered.length);
      // The same outbox message sent again (an instance died after VK took it) carries the same random_id: VK drops it.
      const row = await db().outboxMessage.findFirstOrThrow({
        where: { status: "SENT" },
        orderBy: { sequence: "asc" },
      });
      const first = sends.find((c) => c.fields.message === row.body)!;
      await db().outboxMessage.update({
        where: { id: row.id },
        data: { status: "PENDING", nextAttemptAt: new Date(0) },
      });
      const delivered = vk.fake.delivered.length;
      await vk.driver.harness.deliver();
      const resent = vk.fake.calls.filter((c) => c.method === "messages.send").at(-1)!;
      expect(resent.fields.random_id).toBe(first.fields.random_id);
      expect(vk.fake.delivered.length).toBe(delivered);
    });

    it("marks the contact unreachable on message_deny and on 901, with a staff note for the operator", async () => {
      await vk.driver.post(vk.driver.text("ещё вопрос"));
      await vk.driver.post(vk.callback("message_deny", { user_id: Number(vk.peerId), key: "" }));
      expect((await db().channelContact.findFirstOrThrow()).unreachableAt).not.toBeNull();
      await vk.driver.post(vk.driver.text("снова пишу"));
      expect((await db().channelContact.findFirstOrThrow()).unreachableAt).toBeNull();
      vk.fake.failNext(1, { error: 901 });
      await vk.driver.harness.deliver();
      const failed = await db().outboxMessage.findFirstOrThrow({ where: { status: "FAILED" } });
      expect(failed.lastError).toMatch(/BLOCKED.*901/);
      expect((await db().channelContact.findFirstOrThrow()).unreachableAt).not.toBeNull();
      const note = await db().chatMessage.findFirstOrThrow({ where: { isInternal: true, author: "SYSTEM" } });
      expect(note.text).toMatch(/заблокировал бота/);
    });

    // Last: it adds a second contact.
    it("names the contact by users.get once and keeps the name; the operator's workspace shows it, not the id", async () => {
      const lookups = vk.fake.calls.filter((c) => c.method === "users.get");
      expect(lookups).toHaveLength(1);
      expect(lookups[0]!.fields).toMatchObject({ user_ids: vk.peerId, access_token: vk.secrets.token, v: "5.199" });
      const contact = await db().channelContact.findFirstOrThrow({ where: { externalId: vk.peerId } });
      expect(contact.name).toBe("Ирина Петрова");
      const chat = await db().chat.findFirstOrThrow({ where: { channel: "VK" }, orderBy: { createdAt: "asc" } });
      const operator = await createStaff(db(), ["SUPERVISOR"]);
      const details = await createCaller(testContext(db(), staffPrincipal(operator))).workspace.details({
        chatId: chat.id,
      });
      expect(details.visitor?.name).toBe("Ирина Петрова");

      // Someone users.get does not know (a closed profile answers nothing): the message is taken, the name unknown.
      await vk.driver.post(vk.message({ from_id: 5_550_777, peer_id: 5_550_777, text: "вопрос от незнакомца" }));
      const stranger = await db().channelContact.findFirstOrThrow({ where: { externalId: "5550777" } });
      expect(stranger.name).toBeNull();
      expect(await db().chatMessage.count({ where: { text: "вопрос от незнакомца", author: "VISITOR" } })).toBe(1);

      // Named later (the profile opened): asked again, kept, and the chat already open shows it.
      vk.fake.addUser(5_550_777, "Олег", "Смирнов");
      await vk.driver.post(vk.message({ from_id: 5_550_777, peer_id: 5_550_777, text: "ещё вопрос от незнакомца" }));
      expect((await db().channelContact.findFirstOrThrow({ where: { externalId: "5550777" } })).name).toBe(
        "Олег Смирнов",
      );
      const strangerChat = await db().chatMessage.findFirstOrThrow({ where: { text: "ещё вопрос от незнакомца" } });
      expect((await db().chat.findUniqueOrThrow({ where: { id: strangerChat.chatId } })).visitorName).toBe(
        "Олег Смирнов",
      );
    });
  },
);
