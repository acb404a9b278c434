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
import { createCaller } from "@/server/api/root";
import { chatChannel } from "@/server/realtime/contract";
import type { Principal } from "@/server/auth/principal";

let testDb: TestDb;
beforeAll(async () => {
  testDb = await createTestDb();
});
afterAll(() => testDb.close());

function as(principal: Principal | null) {
  const realtime = recordingPublisher();
  return { caller: createCaller({ ...testContext(testDb.db, principal), realtime }), published: realtime.published };
}

async function openChat() {
  const account = await createSubscriber(testDb.db, { balance: 10_000 });
  const subscriber = as(subscriberPrincipal(account));
  const chat = await subscriber.caller.chat.start({ kind: "SUPPORT", page: "tariffs" });
  return { account, subscriber, chat };
}

const systemLines = async (caller: ReturnType<typeof as>["caller"], chatId: string) =>
  (await caller.chat.messages({ chatId, afterSeq: 0 })).messages.filter((m) => m.author === "SYSTEM");

describe(`"Ask in chat" while a chat is open (${testDbLabel()})`, () => {
  it("gives the open chat the hint's context: a system line in words, published, and the operator's panel", async () => {
    const { subscriber, chat } = await openChat();
    const { intentId } = await subscriber.caller.hints.escalate({
      page: "payments",
      failedAction: "payment.top_up",
      errorCode: "PAYMENT_DECLINED",
      hintIds: [],
    });
    const attached = await subscriber.caller.chat.attachEscalation({ chatId: chat.id, intentId });
    expect(attached.id).toBe(chat.id);

    const [line] = await systemLines(subscriber.caller, chat.id);
    expect(line?.text).toMatch(/^Абонент перешёл из подсказки: .+ на странице «Платежи»/);
    expect(line?.text).toContain("«Пополнение баланса»");
    expect(line?.text).toContain("Банк отклонил платёж");
    expect(line?.text).not.toMatch(/payment|PAYMENT|top_up/);
    expect(subscriber.published).toContainEqual({
      channel: chatChannel(chat.id),
      event: "message",
      data: expect.objectContaining({ id: line!.id, author: "SYSTEM" }),
    });

    const supervisor = as(staffPrincipal(await createStaff(testDb.db, ["SUPERVISOR"])));
    const details = await supervisor.caller.workspace.details({ chatId: chat.id });
    expect(details.escalation).toMatchObject({
      page: "payments",
      failedAction: "payment.top_up",
      errorCode: "PAYMENT_DECLINED",
    });
    expect((await testDb.db.escalationIntent.findUniqueOrThrow({ where: { id: intentId } })).chatId).toBe(chat.id);
  });

  it("says the hints did not help when nothing failed, and chat.start on the open chat writes the same kind of line", async () => {
    const { subscriber, chat } = await openChat();
    const { intentId } = await subscriber.caller.hints.escalate({ page: "options", hintIds: [] });
    expect((await subscriber.caller.chat.start({ kind: "SUPPORT", intentId })).id).toBe(chat.id);
    const [line] = await systemLines(subscriber.caller, chat.id);
    expect(line?.text).toBe("Абонент перешёл из подсказки: подсказки не помогли на странице «Опции».");
  });

  it("refuses another subscriber's record, a record already used, and a closed chat", async () => {
    const { subscriber, chat } = await openChat();
    const other = await openChat();
    const { intentId: theirs } = await other.subscriber.caller.hints.escalate({ page: "tariffs", hintIds: [] });
    await expect(subscriber.caller.chat.attachEscalation({ chatId: chat.id, intentId: theirs })).rejects.toMatchObject({
      cause: { code: "NOT_FOUND" },
    });
    await expect(
      other.subscriber.caller.chat.attachEscalation({ chatId: chat.id, intentId: theirs }),
    ).rejects.toMatchObject({ cause: { code: "NOT_FOUND" } });

    const { intentId } = await subscriber.caller.hints.escalate({ page: "tariffs", hintIds: [] });
    await subscriber.caller.chat.attachEscalation({ chatId: chat.id, intentId });
    await expect(subscriber.caller.chat.attachEscalation({ chatId: chat.id, intentId })).rejects.toMatchObject({
      cause: { code: "NOT_FOUND" },
    });

    await subscriber.caller.chat.close({ chatId: chat.id });
    const { intentId: later } = await subscriber.caller.hints.escalate({ page: "tariffs", hintIds: [] });
    await expect(subscriber.caller.chat.attachEscalation({ chatId: chat.id, intentId: later })).rejects.toMatchObject({
      cause: { code: "CHAT_CLOSED" },
    });
  });
});
