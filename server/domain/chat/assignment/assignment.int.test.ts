import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, testDbLabel, type TestDb } from "@/server/testing/test-db";
import {
  createStaff,
  createSubscriber,
  staffPrincipal,
  subscriberPrincipal,
  testContext,
} from "@/server/testing/fixtures";
import { recordingPublisher } from "@/server/testing/recording-publisher";
import { appErrorOf } from "@/server/testing/app-error-of";
import { createCaller } from "@/server/api/root";
import type { ChatKind, StaffRole } from "@/server/generated/prisma/enums";
import { dispatchWaitingChats } from "./dispatch-waiting-chats";
import { expireResponseSla } from "./expire-response-sla";
import { markSilentOperatorsAway, reportOperatorPresence } from "./operator-presence";
import { transferChat } from "./transfer-chat";
import { runDispatchPass } from "./dispatch-pass";

let testDb: TestDb;
const events = recordingPublisher();
const T0 = new Date("2026-11-20T10:00:00Z");
const at = (seconds: number) => new Date(T0.getTime() + seconds * 1000);
const settings = { awayAfterSeconds: 45, slaSeconds: 60 };

beforeAll(async () => {
  testDb = await createTestDb();
});
afterAll(() => testDb.close());

/** A fresh team for each test: other tests' operators are sent offline so they take nothing. */
async function team(count: number, opts: { chatLimit?: number; skills?: string[][]; roles?: StaffRole[] } = {}) {
  await testDb.db.staffUser.updateMany({ data: { presence: "OFFLINE" } });
  await testDb.db.chat.updateMany({
    where: { state: { in: ["QUEUED", "ASSIGNED"] } },
    data: { state: "CLOSED", closedAt: T0 },
  });
  const operators = [];
  for (let i = 0; i < count; i++) {
    const staff = await createStaff(testDb.db, opts.roles ?? ["OPERATOR"]);
    operators.push(
      await testDb.db.staffUser.update({
        where: { id: staff.id },
        data: {
          chatLimit: opts.chatLimit ?? 4,
          skills: opts.skills?.[i] ?? [],
          presence: "ONLINE",
          presenceSeenAt: T0,
        },
      }),
    );
  }
  return operators;
}

async function queuedChat(queuedAt: Date, kind: ChatKind = "SUPPORT") {
  const account = await createSubscriber(testDb.db);
  return testDb.db.chat.create({
    data: { accountId: account.id, state: "QUEUED", kind, queuedAt, createdAt: queuedAt, context: { locale: "ru" } },
  });
}

const activeOf = (operatorId: string) => testDb.db.chat.count({ where: { operatorId, state: "ASSIGNED" } });

describe(`queue and assignment (${testDbLabel()})`, () => {
  it("gives the longest-waiting chat to the online operator with the fewest active chats", async () => {
    const [busy, free] = await team(2);
    const older = await queuedChat(at(-30));
    const newer = await queuedChat(at(-10));
    await testDb.db.chat.create({
      data: { state: "ASSIGNED", operatorId: busy!.id, assignedAt: T0, operatorSince: T0, queuedAt: T0 },
    });

    const [first] = await dispatchWaitingChats(testDb.db, events, { ...settings, now: at(1) });
    expect(first).toMatchObject({ id: older.id, operatorId: free!.id, state: "ASSIGNED" });
    // Then both have one: the next chat goes to either, and the queue is empty.
    expect(await testDb.db.chat.findUniqueOrThrow({ where: { id: newer.id } })).toMatchObject({ state: "ASSIGNED" });
    const joined = await testDb.db.chatMessage.findFirstOrThrow({ where: { chatId: older.id, author: "SYSTEM" } });
    expect(joined.text).toContain("подключился оператор");
  });

  it("gives nothing to away, offline, silent or disabled operators, and marks the silent ones away", async () => {
    const [away, offline, silent, disabled] = await team(4);
    await testDb.db.staffUser.update({ where: { id: away!.id }, data: { presence: "AWAY" } });
    await testDb.db.staffUser.update({ where: { id: offline!.id }, data: { presence: "OFFLINE" } });
    await testDb.db.staffUser.update({ where: { id: silent!.id }, data: { presenceSeenAt: at(-120) } });
    await testDb.db.staffUser.update({ where: { id: disabled!.id }, data: { isActive: false } });
    const chat = await queuedChat(at(-5));
    expect(await dispatchWaitingChats(testDb.db, events, { ...settings, now: at(10) })).toEqual([]);
    expect((await testDb.db.chat.findUniqueOrThrow({ where: { id: chat.id } })).state).toBe("QUEUED");

    expect(await markSilentOperatorsAway(testDb.db, events, { ...settings, now: at(10) })).toBe(1);
    expect((await testDb.db.staffUser.findUniqueOrThrow({ where: { id: silent!.id } })).presence).toBe("AWAY");
    // The heartbeat brings them back, and the chat is theirs on the next pass.
    await reportOperatorPresence(testDb.db, events, { staffId: silent!.id, presence: "ONLINE", now: at(11) });
    expect((await dispatchWaitingChats(testDb.db, events, { ...settings, now: at(12) }))[0]).toMatchObject({
      id: chat.id,
      operatorId: silent!.id,
    });
  });

  it("assigns a chat the moment the bot hands it over in chat.send", async () => {
    const [op] = await team(1);
    await testDb.db.staffUser.update({ where: { id: op!.id }, data: { presenceSeenAt: new Date() } });
    const account = await createSubscriber(testDb.db);
    const subscriber = createCaller({ ...testContext(testDb.db, subscriberPrincipal(account)), realtime: events });
    const chat = await subscriber.chat.start({ kind: "SUPPORT" });
    await subscriber.chat.send({ chatId: chat.id, text: "позовите оператора", clientId: "assign-on-handover-1" });
    expect(await testDb.db.chat.findUniqueOrThrow({ where: { id: chat.id } })).toMatchObject({
      state: "ASSIGNED",
      operatorId: op!.id,
    });
  });

  it("routes sales chats to operators with the sales skill first", async () => {
    const [, seller] = await team(2, { skills: [[], ["sales"]] });
    const sales = await queuedChat(at(-5), "SALES");
    const [assigned] = await dispatchWaitingChats(testDb.db, events, { ...settings, now: at(1) });
    expect(assigned).toMatchObject({ id: sales.id, operatorId: seller!.id });
  });

  it("never exceeds a limit or assigns a chat twice when many passes and takes run at once", async () => {
    const operators = await team(2, { chatLimit: 4 });
    const chats = await Promise.all(Array.from({ length: 20 }, (_, i) => queuedChat(at(-100 + i))));
    const takes = operators.flatMap((op) =>
      chats.slice(10).map((chat) =>
        createCaller({ ...testContext(testDb.db, staffPrincipal(op)), realtime: events })
          .workspace.take({ chatId: chat.id })
          .catch(() => null),
      ),
    );
    const passes = Array.from({ length: 8 }, () =>
      dispatchWaitingChats(testDb.db, events, { ...settings, now: at(1) }),
    );
    await Promise.all([...takes, ...passes]);
    for (const op of operators) expect(await activeOf(op.id)).toBe(4);
    const assigned = await testDb.db.chat.findMany({
      where: { id: { in: chats.map((c) => c.id) }, state: "ASSIGNED" },
    });
    expect(assigned).toHaveLength(8);
    // One "operator joined" per assigned chat: nobody was assigned twice.
    for (const chat of assigned)
      expect(await testDb.db.chatMessage.count({ where: { chatId: chat.id, author: "SYSTEM" } })).toBe(1);
  });

  it("marks a chat missed at the SLA and offers it to another operator, never back to the silent one", async () => {
    const [slow, other] = await team(2, { chatLimit: 1 });
    await testDb.db.staffUser.update({ where: { id: other!.id }, data: { presence: "AWAY" } });
    const chat = await queuedChat(at(0));
    await dispatchWaitingChats(testDb.db, events, { ...settings, now: at(5) });
    expect((await testDb.db.chat.findUniqueOrThrow({ where: { id: chat.id } })).operatorId).toBe(slow!.id);

    expect(await expireResponseSla(testDb.db, events, { slaSeconds: 60, now: at(59) })).toEqual({
      missed: 0,
      passedOver: 0,
    });
    // 60 s after entering the queue: missed (and on the follow-up list); 65 s after the take: passed over.
    expect(await expireResponseSla(testDb.db, events, { slaSeconds: 60, now: at(61) })).toEqual({
      missed: 1,
      passedOver: 0,
    });
    expect(await testDb.db.followUp.findUnique({ where: { chatId: chat.id } })).toMatchObject({ reason: "MISSED" });
    expect(await expireResponseSla(testDb.db, events, { slaSeconds: 60, now: at(66) })).toEqual({
      missed: 0,
      passedOver: 1,
    });
    const returned = await testDb.db.chat.findUniqueOrThrow({ where: { id: chat.id } });
    expect(returned).toMatchObject({
      state: "QUEUED",
      operatorId: null,
      isMissed: true,
      passedOverIds: [slow!.id],
      assignedAt: at(5),
    });
    const note = await testDb.db.chatMessage.findFirstOrThrow({ where: { chatId: chat.id, isInternal: true } });
    expect(note.text).toContain("60 с");

    expect(await dispatchWaitingChats(testDb.db, events, { ...settings, now: at(67) })).toEqual([]);
    await testDb.db.staffUser.update({
      where: { id: other!.id },
      data: { presence: "ONLINE", presenceSeenAt: at(67) },
    });
    const result = await runDispatchPass(testDb.db, events, { ...settings, now: at(68) });
    expect(result.assigned).toBe(1);
    expect(await testDb.db.chat.findUniqueOrThrow({ where: { id: chat.id } })).toMatchObject({
      operatorId: other!.id,
      operatorSince: at(68),
      assignedAt: at(5),
    });
  });

  it("an answered chat is neither missed nor passed over", async () => {
    const [op] = await team(1);
    const chat = await queuedChat(at(0));
    await dispatchWaitingChats(testDb.db, events, { ...settings, now: at(2) });
    await testDb.db.chat.update({ where: { id: chat.id }, data: { firstResponseAt: at(30) } });
    expect(await expireResponseSla(testDb.db, events, { slaSeconds: 60, now: at(500) })).toEqual({
      missed: 0,
      passedOver: 0,
    });
    expect(await testDb.db.chat.findUniqueOrThrow({ where: { id: chat.id } })).toMatchObject({
      operatorId: op!.id,
      isMissed: false,
    });
  });
});

describe(`transfer (${testDbLabel()})`, () => {
  it("hands a chat to another operator with a staff-only note, or back to the queue", async () => {
    const [from, to] = await team(2, { chatLimit: 1 });
    const chat = await queuedChat(at(0));
    const owner = await testDb.db.subscriberAccount.findUniqueOrThrow({ where: { id: chat.accountId! } });
    await createCaller({ ...testContext(testDb.db, staffPrincipal(from!)), realtime: events }).workspace.take({
      chatId: chat.id,
    });

    const moved = await transferChat(testDb.db, events, {
      chatId: chat.id,
      by: staffPrincipal(from!) as never,
      toOperatorId: to!.id,
      note: "нужен биллинг",
      now: at(20),
    });
    expect(moved).toMatchObject({ operatorId: to!.id, state: "ASSIGNED", operatorSince: at(20) });
    const asSubscriber = createCaller(testContext(testDb.db, subscriberPrincipal(owner)));
    const seen = await asSubscriber.chat.messages({ chatId: chat.id, afterSeq: 0 });
    expect(seen.messages.some((m) => m.text.includes("нужен биллинг"))).toBe(false);
    const staffView = await createCaller(testContext(testDb.db, staffPrincipal(to!))).chat.messages({
      chatId: chat.id,
      afterSeq: 0,
    });
    expect(staffView.messages.find((m) => m.isInternal)?.text).toContain("нужен биллинг");

    // The old operator no longer owns it; the new one is full (limit 1), so nobody can hand them another.
    expect(
      (
        await appErrorOf(
          transferChat(testDb.db, events, {
            chatId: chat.id,
            by: staffPrincipal(from!) as never,
            toOperatorId: null,
            note: "",
          }),
        )
      ).code,
    ).toBe("NOT_FOUND");
    const second = await queuedChat(at(1));
    await createCaller({ ...testContext(testDb.db, staffPrincipal(from!)), realtime: events }).workspace.take({
      chatId: second.id,
    });
    expect(
      (
        await appErrorOf(
          transferChat(testDb.db, events, {
            chatId: second.id,
            by: staffPrincipal(from!) as never,
            toOperatorId: to!.id,
            note: "",
          }),
        )
      ).code,
    ).toBe("CHAT_LIMIT_REACHED");

    const back = await transferChat(testDb.db, events, {
      chatId: chat.id,
      by: staffPrincipal(to!) as never,
      toOperatorId: null,
      note: "не мой вопрос",
    });
    expect(back).toMatchObject({ state: "QUEUED", operatorId: null });
  });

  it("lets a supervisor reassign any chat", async () => {
    const [a, b] = await team(2);
    const [supervisor] = await createStaff(testDb.db, ["SUPERVISOR"]).then((s) => [s]);
    const chat = await queuedChat(at(0));
    await createCaller({ ...testContext(testDb.db, staffPrincipal(a!)), realtime: events }).workspace.take({
      chatId: chat.id,
    });
    const moved = await createCaller({
      ...testContext(testDb.db, staffPrincipal(supervisor!)),
      realtime: events,
    }).workspace.transfer({ chatId: chat.id, toOperatorId: b!.id, note: "разгрузка" });
    expect(moved).toMatchObject({ operatorId: b!.id });
  });
});
