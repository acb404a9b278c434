/** The admin's channels page procedures: connect (setWebhook), status, test (getMe), disable/enable, audited. */
import { randomBytes } from "node:crypto";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { startFakeBotApi, type FakeBotApi } from "@/server/channels/telegram/fake-bot-api";
import type { Principal } from "@/server/auth/principal";
import {
  createStaff,
  createSubscriber,
  staffPrincipal,
  subscriberPrincipal,
  testContext,
} from "@/server/testing/fixtures";
import { createTestDb, testDbLabel, type TestDb } from "@/server/testing/test-db";

let testDb: TestDb;
let fake: FakeBotApi;
let admin: Principal;
const secretsKey = randomBytes(32).toString("hex");
const token = (n: number) => `${700000 + n}:${randomBytes(18).toString("base64url")}`;

beforeAll(async () => {
  testDb = await createTestDb();
  fake = await startFakeBotApi();
  admin = staffPrincipal(await createStaff(testDb.db, ["ADMIN"]));
});
afterAll(async () => {
  await fake.close();
  await testDb.close();
});
afterEach(() => vi.unstubAllEnvs());

/** The router as a server process with these settings builds it (the environment is read once per process). */
async function callerAs(principal: Principal | null, settings: { key?: string | null } = {}) {
  vi.stubEnv("TELEGRAM_API_BASE_URL", fake.baseUrl);
  vi.stubEnv("NEXTAUTH_URL", "https://portal.test");
  vi.stubEnv("CHANNEL_SECRETS_KEY", settings.key === null ? "" : (settings.key ?? secretsKey));
  vi.resetModules();
  const { createCaller } = await import("@/server/api/root");
  return createCaller(testContext(testDb.db, principal));
}

const auditOf = (entityId: string) =>
  testDb.db.auditLogEntry.findMany({ where: { entityType: "Inbox", entityId }, orderBy: { createdAt: "asc" } });

describe(`messenger channels admin (${testDbLabel()})`, () => {
  it("connects a Telegram inbox: setWebhook with a generated secret, the token shown only by its last 4 characters, audited", async () => {
    const caller = await callerAs(admin);
    expect((await caller.channels.list()).connectable).toContain("TELEGRAM");
    const botToken = token(1);
    const result = await caller.channels.connect({
      channel: "TELEGRAM",
      name: "Бот поддержки",
      fields: { token: botToken },
    });
    expect(result).toMatchObject({ connected: true, name: "Бот поддержки" });

    const setWebhook = fake.calls.findLast((c) => c.method === "setWebhook")!;
    expect(setWebhook.token).toBe(botToken);
    expect(setWebhook.fields.url).toBe(`https://portal.test/api/channels/telegram/${result.inboxId}`);
    expect(String(setWebhook.fields.secret_token)).toMatch(/^[0-9a-f]{48}$/);

    const { inboxes } = await caller.channels.list();
    expect(inboxes).toEqual([
      expect.objectContaining({
        id: result.inboxId,
        channel: "TELEGRAM",
        name: "Бот поддержки",
        enabled: true,
        tokenHint: `…${botToken.slice(-4)}`,
        lastWebhookAt: null,
        lastErrorReason: null,
        backlog: { pending: 0, failed: 0 },
      }),
    ]);
    const shown = JSON.stringify(inboxes);
    expect(shown).not.toContain(botToken.slice(0, -4));
    expect(shown).not.toContain(String(setWebhook.fields.secret_token));

    const [audit] = await auditOf(result.inboxId);
    expect(audit).toMatchObject({
      action: "inbox.connect",
      actorKind: "STAFF",
      actorStaffId: admin.kind === "staff" && admin.staffId,
    });
    expect(audit!.details).toEqual({
      before: null,
      after: { channel: "TELEGRAM", name: "Бот поддержки", enabled: true, tokenHint: `…${botToken.slice(-4)}` },
    });
    expect(JSON.stringify(audit)).not.toContain(botToken.slice(0, -4));
  });

  it("refuses a malformed token or an unknown channel and stores nothing", async () => {
    const caller = await callerAs(admin);
    const before = await testDb.db.inbox.count();
    const inputs: Array<{ channel: string; name: string; fields: Record<string, string> }> = [
      { channel: "TELEGRAM", name: "Бот", fields: { token: "not-a-token" } },
      { channel: "TELEGRAM", name: "Бот", fields: {} },
      { channel: "WEB", name: "Бот", fields: { token: token(2) } },
      { channel: "TELEGRAM", name: " ", fields: { token: token(2) } },
    ];
    for (const input of inputs)
      await expect(caller.channels.connect(input)).rejects.toMatchObject({ code: "BAD_REQUEST" });
    expect(await testDb.db.inbox.count()).toBe(before);
  });

  it("keeps an inbox whose token Telegram refuses, with the reason in the status; the test says why", async () => {
    const caller = await callerAs(admin);
    const revoked = token(3);
    fake.rejectToken(revoked);
    const result = await caller.channels.connect({
      channel: "TELEGRAM",
      name: "Старый бот",
      fields: { token: revoked },
    });
    expect(result).toMatchObject({ connected: false, reason: "TOKEN_REJECTED" });
    expect(await caller.channels.testConnection({ inboxId: result.inboxId })).toEqual({
      ok: false,
      reason: "TOKEN_REJECTED",
    });
    const listed = (await caller.channels.list()).inboxes.find((i) => i.id === result.inboxId);
    expect(listed?.lastErrorReason).toBe("TOKEN_REJECTED");
  });

  it("tests the connection with getMe through the adapter, which clears the last error", async () => {
    const caller = await callerAs(admin);
    const botToken = token(4);
    const { inboxId } = await caller.channels.connect({
      channel: "TELEGRAM",
      name: "Бот продаж",
      fields: { token: botToken },
    });
    await testDb.db.inbox.update({
      where: { id: inboxId },
      data: { lastError: "Error: sendMessage 502: Bad Gateway" },
    });
    expect((await caller.channels.list()).inboxes.find((i) => i.id === inboxId)?.lastErrorReason).toBe("UNAVAILABLE");
    expect(await caller.channels.testConnection({ inboxId })).toEqual({
      ok: true,
      account: { name: "Портал", handle: "@portal_demo_bot" },
    });
    expect(fake.calls.findLast((c) => c.method === "getMe")?.token).toBe(botToken);
    expect((await caller.channels.list()).inboxes.find((i) => i.id === inboxId)?.lastErrorReason).toBeNull();
  });

  it("counts the outbox backlog per inbox: replies waiting, and replies failed in the last day", async () => {
    const caller = await callerAs(admin);
    const { inboxId } = await caller.channels.connect({
      channel: "TELEGRAM",
      name: "Бот очереди",
      fields: { token: token(5) },
    });
    const row = (status: "PENDING" | "SENT" | "FAILED", createdAt = new Date()) => ({
      inboxId,
      recipient: "777",
      body: "Ответ",
      status,
      createdAt,
    });
    await testDb.db.outboxMessage.createMany({
      data: [
        row("PENDING"),
        row("PENDING"),
        row("SENT"),
        row("FAILED"),
        row("FAILED", new Date(Date.now() - 2 * 24 * 3600_000)),
      ],
    });
    const listed = (await caller.channels.list()).inboxes.find((i) => i.id === inboxId);
    expect(listed?.backlog).toEqual({ pending: 2, failed: 1 });
  });

  it("disables and enables an inbox, auditing each change with before and after, and a repeat changes nothing", async () => {
    const caller = await callerAs(admin);
    const { inboxId } = await caller.channels.connect({
      channel: "TELEGRAM",
      name: "Бот на время",
      fields: { token: token(6) },
    });
    expect(await caller.channels.setEnabled({ inboxId, enabled: false })).toMatchObject({ enabled: false });
    await caller.channels.setEnabled({ inboxId, enabled: false });
    expect(await caller.channels.setEnabled({ inboxId, enabled: true })).toMatchObject({ enabled: true });
    const audit = await auditOf(inboxId);
    expect(audit.map((a) => a.action)).toEqual(["inbox.connect", "inbox.disable", "inbox.enable"]);
    expect(audit[1]!.details).toMatchObject({ before: { enabled: true }, after: { enabled: false } });
    await expect(caller.channels.setEnabled({ inboxId: "missing", enabled: false })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });

  it("refuses everyone but administrators, changing nothing", async () => {
    const inbox = (await testDb.db.inbox.findFirst({ where: { enabled: true } }))!;
    const others: Array<Principal | null> = [
      null,
      subscriberPrincipal(await createSubscriber(testDb.db)),
      ...(await Promise.all(
        (["OPERATOR", "SUPERVISOR", "MARKETER"] as const).map(async (role) =>
          staffPrincipal(await createStaff(testDb.db, [role])),
        ),
      )),
    ];
    const inboxes = await testDb.db.inbox.count();
    for (const principal of others) {
      const caller = await callerAs(principal);
      const code = principal ? "FORBIDDEN" : "UNAUTHORIZED";
      await expect(caller.channels.list()).rejects.toMatchObject({ code });
      await expect(
        caller.channels.connect({ channel: "TELEGRAM", name: "Чужой бот", fields: { token: token(7) } }),
      ).rejects.toMatchObject({ code });
      await expect(caller.channels.testConnection({ inboxId: inbox.id })).rejects.toMatchObject({ code });
      await expect(caller.channels.setEnabled({ inboxId: inbox.id, enabled: false })).rejects.toMatchObject({ code });
    }
    expect(await testDb.db.inbox.count()).toBe(inboxes);
    expect((await testDb.db.inbox.findUniqueOrThrow({ where: { id: inbox.id } })).enabled).toBe(true);
  });

  it("without a secrets key nothing can be connected, and says so", async () => {
    const caller = await callerAs(admin, { key: null });
    expect((await caller.channels.list()).connectable).toEqual([]);
    await expect(
      caller.channels.connect({ channel: "TELEGRAM", name: "Бот", fields: { token: token(8) } }),
    ).rejects.toMatchObject({ message: "CHANNELS_UNAVAILABLE" });
  });
});
