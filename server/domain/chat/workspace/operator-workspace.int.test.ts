import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, testDbLabel, type TestDb } from "@/server/testing/test-db";
import {
  createStaff,
  createSubscriber,
  createTariff,
  staffPrincipal,
  subscriberPrincipal,
  testContext,
} from "@/server/testing/fixtures";
import { recordingPublisher } from "@/server/testing/recording-publisher";
import { appErrorOf } from "@/server/testing/app-error-of";
import { entryText } from "@/server/domain/payments/ledger-text";
import { createCaller } from "@/server/api/root";
import type { Principal } from "@/server/auth/principal";

let testDb: TestDb;
const events = recordingPublisher();
const as = (principal: Principal) => createCaller({ ...testContext(testDb.db, principal), realtime: events });
const causeCode = (p: Promise<unknown>) =>
  p.then(
    () => "ok",
    (e: { cause?: { code?: string } }) => e.cause?.code,
  );

beforeAll(async () => {
  testDb = await createTestDb();
});
afterAll(() => testDb.close());

/** A subscriber's chat already with the operator, after a failed tariff change on the tariffs page. */
async function assignedChat() {
  const db = testDb.db;
  const from = await createTariff(db, { monthlyFee: 40_000 });
  const target = await createTariff(db, { monthlyFee: 60_000 });
  const account = await createSubscriber(db, { tariffId: from.id, balance: 100_000 });
  for (let i = 0; i < 12; i++)
    await db.ledgerEntry.create({
      data: {
        accountId: account.id,
        type: "CHARGE",
        category: "CALLS",
        amount: -100 - i,
        ...entryText("CALLS_OVER_PACKAGE", { minutes: i }),
        createdAt: new Date(Date.now() + (i + 1) * 1000),
      },
    });
  await db.selfServiceEvent.create({
    data: {
      accountId: account.id,
      action: "tariff.change",
      succeeded: false,
      errorCode: "INSUFFICIENT_FUNDS",
      page: "tariffs",
    },
  });
  const operator = await createStaff(db, ["OPERATOR"]);
  const chat = await db.chat.create({
    data: {
      accountId: account.id,
      state: "ASSIGNED",
      queuedAt: new Date(),
      assignedAt: new Date(),
      operatorSince: new Date(),
      operatorId: operator.id,
      context: {
        locale: "ru",
        page: "tariffs",
        failedAction: "tariff.change",
        errorCode: "INSUFFICIENT_FUNDS",
        hintsShown: [{ code: "low-balance", text: "Пополните счёт" }],
        botMisses: 0,
        handoverReason: "ASKED",
      },
    },
  });
  await db.chatMessage.create({
    data: { chatId: chat.id, seq: 1, author: "SUBSCRIBER", text: "Не могу сменить тариф" },
  });
  await db.chat.update({ where: { id: chat.id }, data: { lastSeq: 1 } });
  return {
    account,
    operator,
    chat,
    target,
    subscriber: as(subscriberPrincipal(account)),
    asOperator: as(staffPrincipal(operator)),
  };
}

describe(`operator workspace (${testDbLabel()})`, () => {
  it("shows the escalation context and the subscriber's panel to the chat's operator and supervisors only", async () => {
    const { asOperator, chat, account } = await assignedChat();
    const details = await asOperator.workspace.details({ chatId: chat.id });
    expect(details.escalation).toMatchObject({
      page: "tariffs",
      failedAction: "tariff.change",
      errorCode: "INSUFFICIENT_FUNDS",
      hintsShown: [{ code: "low-balance", text: "Пополните счёт" }],
    });
    expect(details.account).toMatchObject({
      accountNumber: account.accountNumber,
      fullName: account.fullName,
      status: "ACTIVE",
      balance: 100_000 - (100 + 101 + 102 + 103 + 104 + 105 + 106 + 107 + 108 + 109 + 110 + 111),
    });
    expect(details.account?.ledger).toHaveLength(10);
    expect(details.account?.ledger[0]).toMatchObject({ textCode: "CALLS_OVER_PACKAGE", textParams: { minutes: 11 } }); // newest first
    expect(details.account?.recentActions[0]).toMatchObject({
      action: "tariff.change",
      succeeded: false,
      errorCode: "INSUFFICIENT_FUNDS",
    });

    const stranger = await createStaff(testDb.db, ["OPERATOR"]);
    expect(await causeCode(as(staffPrincipal(stranger)).workspace.details({ chatId: chat.id }))).toBe("NOT_FOUND");
    const supervisor = await createStaff(testDb.db, ["SUPERVISOR"]);
    expect((await as(staffPrincipal(supervisor)).workspace.details({ chatId: chat.id })).chat.id).toBe(chat.id);
  });

  it("lists the operator's chats as tabs with unread counts, and every operator's load for supervisors", async () => {
    const { asOperator, chat, operator } = await assignedChat();
    const mine = await asOperator.workspace.overview();
    expect(mine.myChats).toEqual([expect.objectContaining({ id: chat.id, unread: 1, answered: false })]);
    expect(mine.otherChats).toEqual([]);
    await asOperator.chat.markRead({ chatId: chat.id, upToSeq: 1 });
    expect((await asOperator.workspace.overview()).myChats[0]?.unread).toBe(0);

    const supervisor = await createStaff(testDb.db, ["SUPERVISOR"]);
    const view = await as(staffPrincipal(supervisor)).workspace.overview();
    expect(view.otherChats.some((c) => c.id === chat.id)).toBe(true);
    expect(view.operators).toContainEqual(
      expect.objectContaining({ id: operator.id, active: 1, chatLimit: 4, presence: "OFFLINE" }),
    );
  });

  it("acts for the subscriber only after consent given in the chat, once per key, audited as the operator for the subscriber", async () => {
    const { asOperator, subscriber, chat, target, account, operator } = await assignedChat();
    const act = (key: string) =>
      asOperator.workspace.actForSubscriber({
        chatId: chat.id,
        idempotencyKey: key,
        change: { kind: "tariff", tariffId: target.id },
      });
    expect(await causeCode(act("operator-act-key-0001"))).toBe("CONSENT_REQUIRED");

    const question = await asOperator.workspace.requestConsent({ chatId: chat.id });
    expect(question.payload).toEqual({ consentRequest: true });
    // Only the chat's own subscriber can consent.
    const other = await createSubscriber(testDb.db);
    expect(await causeCode(as(subscriberPrincipal(other)).chat.giveConsent({ chatId: chat.id }))).toBe("NOT_FOUND");
    await subscriber.chat.giveConsent({ chatId: chat.id });

    const [first, again] = await Promise.all([act("operator-act-key-0002"), act("operator-act-key-0002")]);
    expect(again.id).toBe(first.id);
    const db = testDb.db;
    expect(await db.subscriberAccount.findUniqueOrThrow({ where: { id: account.id } })).toMatchObject({
      tariffId: target.id,
    });
    expect(await db.changeRequest.findUniqueOrThrow({ where: { id: first.id } })).toMatchObject({
      actorStaffId: operator.id,
      chatId: chat.id,
    });
    const audit = await db.auditLogEntry.findFirstOrThrow({
      where: { action: "tariff.change", subjectAccountId: account.id },
    });
    expect(audit).toMatchObject({
      actorKind: "STAFF",
      actorStaffId: operator.id,
      details: expect.objectContaining({ chatId: chat.id }),
    });
    const told = await subscriber.chat.messages({ chatId: chat.id, afterSeq: 0 });
    expect(told.messages.filter((m) => m.text.includes(target.name))).toHaveLength(1);
  });

  it("refuses acting in someone else's chat or a visitor's chat", async () => {
    const { chat, target } = await assignedChat();
    const stranger = await createStaff(testDb.db, ["OPERATOR"]);
    const error = await appErrorOf(
      as(staffPrincipal(stranger))
        .workspace.actForSubscriber({
          chatId: chat.id,
          idempotencyKey: "operator-act-key-0003",
          change: { kind: "tariff", tariffId: target.id },
        })
        .catch((e: { cause: unknown }) => Promise.reject(e.cause)),
    );
    expect(error.code).toBe("NOT_FOUND");
    const operator = await createStaff(testDb.db, ["OPERATOR"]);
    const visitorChat = await testDb.db.chat.create({
      data: {
        visitorToken: "visitor-token-1",
        state: "ASSIGNED",
        operatorId: operator.id,
        actionConsentAt: new Date(),
      },
    });
    expect(await causeCode(as(staffPrincipal(operator)).workspace.requestConsent({ chatId: visitorChat.id }))).toBe(
      "CONFLICT",
    );
  });

  it("offers canned responses by shortcut in the operator's language, filled from the chat's subscriber", async () => {
    await testDb.db.cannedResponse.create({
      data: { shortcut: "hello", text: "Здравствуйте, {имя}! Баланс {баланс}.", textEn: "Hello, {name}!" },
    });
    const { operator, chat } = await assignedChat();
    const ru = await as(staffPrincipal(operator)).workspace.cannedResponses({ chatId: chat.id });
    expect(ru).toContainEqual(
      // 1 000 ₽ less 12 charges of 1.00–1.11 ₽, as the subscriber reads money.
      expect.objectContaining({
        shortcut: "hello",
        text: expect.stringMatching(/^Здравствуйте, Абонент! Баланс 987,34\s₽\.$/),
      }),
    );
    const en = await createCaller({
      ...testContext(testDb.db, staffPrincipal(operator)),
      locale: "en",
    }).workspace.cannedResponses({ chatId: chat.id });
    expect(en).toContainEqual(expect.objectContaining({ shortcut: "hello", text: "Hello, Абонент!" }));
  });
});
