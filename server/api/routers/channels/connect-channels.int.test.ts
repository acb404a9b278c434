/**
 * The admin's form for VK, Viber and Facebook inboxes: each channel's own fields (channel-fields.ts) checked by
 * name, the messenger's real calls through the adapter against the fakes (VK groups.getById, Viber set_webhook
 * and get_account_info, Facebook /me), and a rejected token kept as the inbox's reason.
 */
import { randomBytes } from "node:crypto";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { startFakeGraphApi, type FakeGraphApi } from "@/server/channels/facebook/fake-graph-api";
import { startFakeViberApi, type FakeViberApi } from "@/server/channels/viber/fake-viber-api";
import { startFakeVkApi, type FakeVkApi } from "@/server/channels/vk/fake-vk-api";
import type { Principal } from "@/server/auth/principal";
import { createStaff, staffPrincipal, testContext } from "@/server/testing/fixtures";
import { createTestDb, testDbLabel, type TestDb } from "@/server/testing/test-db";

const PAGE_ID = "104857600000042";
let testDb: TestDb;
let vk: FakeVkApi;
let viber: FakeViberApi;
let graph: FakeGraphApi;
let admin: Principal;

beforeAll(async () => {
  testDb = await createTestDb();
  [vk, viber, graph] = await Promise.all([startFakeVkApi(), startFakeViberApi(), startFakeGraphApi(PAGE_ID)]);
  admin = staffPrincipal(await createStaff(testDb.db, ["ADMIN"]));
});
afterAll(async () => {
  await Promise.all([vk.close(), viber.close(), graph.close()]);
  await testDb.close();
});
afterEach(() => vi.unstubAllEnvs());

/** The router as a server process with these settings builds it (the environment is read once per process). */
async function adminCaller() {
  vi.stubEnv("VK_API_BASE_URL", vk.baseUrl);
  vi.stubEnv("VIBER_API_BASE_URL", viber.baseUrl);
  vi.stubEnv("FACEBOOK_GRAPH_BASE_URL", graph.graphUrl);
  vi.stubEnv("NEXTAUTH_URL", "https://portal.test");
  vi.stubEnv("CHANNEL_SECRETS_KEY", randomBytes(32).toString("hex"));
  vi.resetModules();
  const { createCaller } = await import("@/server/api/root");
  return createCaller(testContext(testDb.db, admin));
}

const vkFields = () => ({
  groupId: "217000",
  token: `vk1.a.${randomBytes(24).toString("hex")}`,
  confirmation: "5f3a9c1e",
  webhookSecret: `Sec${randomBytes(8).toString("hex")}`,
});
const viberFields = () => ({ token: `4453b6ac1b${randomBytes(20).toString("hex")}`, senderName: "Поддержка" });
const facebookFields = () => ({
  pageId: PAGE_ID,
  token: `EAAG${randomBytes(30).toString("hex")}`,
  webhookSecret: randomBytes(16).toString("hex"),
  verifyToken: `verify-${randomBytes(6).toString("hex")}`,
});

/** The field a refusal names, as the form reads it to mark the input. */
async function refusedField(call: Promise<unknown>): Promise<string | undefined> {
  const error = (await call.then(
    () => null,
    (e: unknown) => e,
  )) as { code?: string; cause?: { details?: { field?: string } } } | null;
  expect(error?.code).toBe("BAD_REQUEST");
  return error?.cause?.details?.field;
}

describe(`connecting VK, Viber and Facebook inboxes from the form (${testDbLabel()})`, () => {
  it("offers every channel on the page", async () => {
    expect((await (await adminCaller()).channels.list()).connectable).toEqual(["TELEGRAM", "VK", "VIBER", "FACEBOOK"]);
  });

  it("refuses each channel's missing or malformed field by its name, storing nothing and calling no messenger", async () => {
    const caller = await adminCaller();
    const inboxes = await testDb.db.inbox.count();
    const calls = vk.calls.length + viber.calls.length + graph.calls.length;
    const cases: Array<[string, Record<string, string>, string]> = [
      ["VK", { ...vkFields(), groupId: "club217000" }, "groupId"],
      ["VK", { ...vkFields(), webhookSecret: "with space" }, "webhookSecret"],
      ["VK", { ...vkFields(), confirmation: "" }, "confirmation"],
      ["VIBER", { ...viberFields(), senderName: "x".repeat(29) }, "senderName"],
      ["VIBER", { senderName: "Поддержка" }, "token"],
      ["FACEBOOK", { ...facebookFields(), pageId: "my-page" }, "pageId"],
      ["FACEBOOK", { ...facebookFields(), verifyToken: "short" }, "verifyToken"],
    ];
    for (const [channel, fields, field] of cases)
      expect(await refusedField(caller.channels.connect({ channel, name: "Канал", fields })), channel).toBe(field);
    expect(await testDb.db.inbox.count()).toBe(inboxes);
    expect(vk.calls.length + viber.calls.length + graph.calls.length).toBe(calls);
  });

  it("connects a VK community: the token checked with groups.getById, the address to paste shown; the test names it", async () => {
    const caller = await adminCaller();
    const fields = vkFields();
    const result = await caller.channels.connect({ channel: "VK", name: "Сообщество", fields });
    expect(result).toMatchObject({
      connected: true,
      webhookSetup: "manual",
      webhookUrl: `https://portal.test/api/channels/vk/${result.inboxId}`,
    });
    expect(vk.calls.findLast((c) => c.method === "groups.getById")?.fields).toMatchObject({
      group_id: "217000",
      access_token: fields.token,
    });
    expect(await caller.channels.testConnection({ inboxId: result.inboxId })).toEqual({
      ok: true,
      account: { name: "Поддержка", handle: "@support" },
    });
    const listed = (await caller.channels.list()).inboxes.find((i) => i.id === result.inboxId);
    expect(listed).toMatchObject({ channel: "VK", tokenHint: `…${fields.token.slice(-4)}`, lastErrorReason: null });
    expect(JSON.stringify(listed)).not.toContain(fields.webhookSecret);
  });

  it("connects a Viber bot: set_webhook with our address, and the test asks get_account_info", async () => {
    const caller = await adminCaller();
    const fields = viberFields();
    const result = await caller.channels.connect({ channel: "VIBER", name: "Вайбер-бот", fields });
    expect(result).toMatchObject({ connected: true, webhookSetup: "automatic" });
    const setWebhook = viber.calls.findLast((c) => c.method === "set_webhook")!;
    expect(setWebhook).toMatchObject({ token: fields.token });
    expect(setWebhook.fields.url).toBe(`https://portal.test/api/channels/viber/${result.inboxId}`);
    expect(await caller.channels.testConnection({ inboxId: result.inboxId })).toEqual({
      ok: true,
      account: { name: "Поддержка", handle: "support" },
    });
    expect(viber.calls.findLast((c) => c.method === "get_account_info")?.token).toBe(fields.token);
  });

  it("connects a Facebook page: /me must answer the page's own id; the test asks /me again", async () => {
    const caller = await adminCaller();
    const fields = facebookFields();
    const result = await caller.channels.connect({ channel: "FACEBOOK", name: "Страница", fields });
    expect(result).toMatchObject({
      connected: true,
      webhookSetup: "manual",
      webhookUrl: `https://portal.test/api/channels/facebook/${result.inboxId}`,
    });
    const before = graph.calls.length;
    expect(await caller.channels.testConnection({ inboxId: result.inboxId })).toEqual({
      ok: true,
      account: { name: "Поддержка", handle: null },
    });
    expect(graph.calls.slice(before)).toEqual([expect.objectContaining({ path: "/v21.0/me", token: fields.token })]);

    // Another page's token would answer that page's people: refused, kept with the reason.
    const other = await caller.channels.connect({
      channel: "FACEBOOK",
      name: "Чужая страница",
      fields: { ...facebookFields(), pageId: "999" },
    });
    expect(other).toMatchObject({ connected: false, reason: "TOKEN_REJECTED" });
  });

  it("keeps an inbox whose token the messenger rejects, with the reason; the test says so too", async () => {
    const caller = await adminCaller();
    const cases = [
      { channel: "VK", fields: vkFields(), reject: (token: string) => vk.rejectToken(token) },
      { channel: "VIBER", fields: viberFields(), reject: (token: string) => viber.rejectToken(token) },
      { channel: "FACEBOOK", fields: facebookFields(), reject: (token: string) => graph.rejectToken(token) },
    ];
    for (const { channel, fields, reject } of cases) {
      reject(fields.token);
      const result = await caller.channels.connect({ channel, name: `Отозванный ${channel}`, fields });
      expect(result, channel).toMatchObject({ connected: false, reason: "TOKEN_REJECTED" });
      expect(await caller.channels.testConnection({ inboxId: result.inboxId }), channel).toEqual({
        ok: false,
        reason: "TOKEN_REJECTED",
      });
      const listed = (await caller.channels.list()).inboxes.find((i) => i.id === result.inboxId);
      expect(listed?.lastErrorReason, channel).toBe("TOKEN_REJECTED");
    }
  });
});
