import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, testDbLabel, type TestDb } from "@/server/testing/test-db";
import {
  createStaff,
  createSubscriber,
  staffPrincipal,
  subscriberPrincipal,
  testContext,
} from "@/server/testing/fixtures";
import { createCaller } from "@/server/api/root";
import { authorizeChannel } from "./authorize-channel";
import type { ChatParty } from "./chat-party";
import type { StaffRole } from "@/server/generated/prisma/enums";

let testDb: TestDb;
beforeAll(async () => {
  testDb = await createTestDb();
});
afterAll(() => testDb.close());

describe(`realtime channel authorization (${testDbLabel()})`, () => {
  it("lets only the chat's own people listen, and staff notes only to staff", async () => {
    const owner = await createSubscriber(testDb.db);
    const stranger = await createSubscriber(testDb.db);
    const operator = await createStaff(testDb.db, ["OPERATOR"]);
    const otherOperator = await createStaff(testDb.db, ["OPERATOR"]);
    const supervisor = await createStaff(testDb.db, ["SUPERVISOR"]);
    const marketer = await createStaff(testDb.db, ["MARKETER"]);
    const ownerCaller = createCaller(testContext(testDb.db, subscriberPrincipal(owner)));
    const chat = await ownerCaller.chat.start({ kind: "SUPPORT" });
    await ownerCaller.chat.send({ chatId: chat.id, text: "оператор", clientId: "auth-test-0001" });
    await createCaller(testContext(testDb.db, staffPrincipal(operator))).workspace.take({ chatId: chat.id });

    const sub = (id: string): ChatParty => ({ kind: "subscriber", accountId: id });
    const staff = (s: { id: string; roles: StaffRole[] }): ChatParty => ({
      kind: "staff",
      staffId: s.id,
      roles: s.roles,
    });
    const allowed = async (party: ChatParty | null, channel: string) =>
      (await authorizeChannel(testDb.db, party, channel)).allowed;
    const channel = `private-chat-${chat.id}`;

    expect(await allowed(sub(owner.id), channel)).toBe(true);
    expect(await allowed(staff(operator), channel)).toBe(true);
    expect(await allowed(staff(supervisor), channel)).toBe(true);
    expect(await allowed(sub(stranger.id), channel)).toBe(false);
    expect(await allowed(staff(otherOperator), channel)).toBe(false);
    expect(await allowed(staff(marketer), channel)).toBe(false);
    expect(await allowed(null, channel)).toBe(false);
    expect(await allowed({ kind: "visitor", token: "55555555-5555-4555-8555-555555555555" }, channel)).toBe(false);

    expect(await allowed(sub(owner.id), `${channel}-staff`)).toBe(false);
    expect(await allowed(staff(operator), `${channel}-staff`)).toBe(true);
    expect(await allowed(sub(owner.id), `private-chat-${chat.id}x`)).toBe(false);
    expect(await allowed(sub(owner.id), "private-chat-missing")).toBe(false);
    expect(await allowed(sub(owner.id), "private-operator-queue")).toBe(false);
    expect(await allowed(staff(operator), "private-operator-queue")).toBe(true);
  });

  it("keeps a visitor's chat to that browser session, and the staff side channel to the chat's own staff", async () => {
    const visitor: ChatParty = { kind: "visitor", token: "66666666-6666-4666-8666-666666666666" };
    const chat = await createCaller({ ...testContext(testDb.db, null), visitorSessionKey: visitor.token }).chat.start({
      kind: "SUPPORT",
    });
    const stranger = await createSubscriber(testDb.db);
    const operator = await createStaff(testDb.db, ["OPERATOR"]);
    const marketer = await createStaff(testDb.db, ["MARKETER"]);
    const allowed = async (party: ChatParty, channel: string) =>
      (await authorizeChannel(testDb.db, party, channel)).allowed;
    const channel = `private-chat-${chat.id}`;

    expect(await allowed(visitor, channel)).toBe(true);
    expect(await allowed({ kind: "visitor", token: "77777777-7777-4777-8777-777777777777" }, channel)).toBe(false);
    expect(await allowed({ kind: "subscriber", accountId: stranger.id }, channel)).toBe(false);
    for (const party of [visitor, { kind: "subscriber", accountId: stranger.id } as ChatParty]) {
      expect(await allowed(party, `${channel}-staff`)).toBe(false);
      expect(await allowed(party, "private-operator-queue")).toBe(false);
    }
    // Nobody has taken the chat yet: an operator waits for the queue, not this chat's channels.
    expect(await allowed({ kind: "staff", staffId: operator.id, roles: operator.roles }, channel)).toBe(false);
    expect(await allowed({ kind: "staff", staffId: operator.id, roles: operator.roles }, `${channel}-staff`)).toBe(
      false,
    );
    expect(await allowed({ kind: "staff", staffId: marketer.id, roles: marketer.roles }, `${channel}-staff`)).toBe(
      false,
    );
    expect(
      await allowed({ kind: "staff", staffId: marketer.id, roles: marketer.roles }, "private-operator-queue"),
    ).toBe(false);
  });

  it("puts only operators in the operators' presence channel, with their name", async () => {
    const operator = await createStaff(testDb.db, ["OPERATOR"]);
    const supervisor = await createStaff(testDb.db, ["SUPERVISOR"]);
    const decision = await authorizeChannel(
      testDb.db,
      { kind: "staff", staffId: operator.id, roles: operator.roles },
      "presence-operators",
    );
    expect(decision).toEqual({
      allowed: true,
      presence: { user_id: operator.id, user_info: { name: operator.fullName } },
    });
    expect(
      (
        await authorizeChannel(
          testDb.db,
          { kind: "staff", staffId: supervisor.id, roles: supervisor.roles },
          "presence-operators",
        )
      ).allowed,
    ).toBe(false);
    const owner = await createSubscriber(testDb.db);
    expect(
      (await authorizeChannel(testDb.db, { kind: "subscriber", accountId: owner.id }, "presence-operators")).allowed,
    ).toBe(false);
  });
});
