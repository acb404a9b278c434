import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AnyProcedure } from "@trpc/server";
import { createTestDb, testDbLabel, type TestDb } from "@/server/testing/test-db";
import {
  createStaff,
  createSubscriber,
  createTariff,
  staffPrincipal,
  subscriberPrincipal,
  testContext,
} from "@/server/testing/fixtures";
import type { Principal } from "@/server/auth/principal";
import { appRouter, createCaller } from "./root";

/**
 * Object-level access (IDOR) for procedures that take the id of an object other than an account
 * (account ids: access-rules.int.test.ts). Each such input is listed here: either the object belongs
 * to someone and the cases below prove strangers are refused, or it is shared by everyone allowed to
 * call the procedure at all (then the audience rule in access-rules.int.test.ts is the whole check).
 */
const strangersPushSubscription = {
  endpoint: "https://push.example/stranger",
  keys: { p256dh: "BEl62iUYgUivxIkv69yViEuiBIa", auth: "tBHItJI5svbpez7KI4CCXg" },
};

const idInputs: Record<string, "owned" | string> = {
  "chat.messages": "owned",
  "chat.send": "owned",
  "chat.markRead": "owned",
  "chat.close": "owned",
  "chat.attachEscalation": "owned",
  "chat.subscribePush": "owned",
  "chat.leaveRequest": "owned",
  "chat.rate": "owned",
  "chat.rateBot": "owned",
  "chat.survey": "owned",
  "chat.dismissSurvey": "owned",
  "chat.reviewClick": "owned",
  "chat.giveConsent": "owned",
  "chat.start": "owned",
  "selfServiceSurvey.rate": "owned",
  "selfServiceSurvey.dismiss": "owned",
  "selfServiceSurvey.reviewClick": "owned",
  "workspace.details": "owned",
  "workspace.deliveries": "owned",
  "workspace.unlinkContact": "owned",
  "workspace.cannedResponses": "owned",
  "canned.update": "owned",
  "canned.remove": "owned",
  "workspace.transfer": "owned",
  "workspace.requestConsent": "owned",
  "workspace.actForSubscriber": "owned",
  "workspace.take": "owned",
  "staff.update": "admins manage every staff account",
  "staff.setActive": "admins manage every staff account",
  "followUps.resolve": "supervisors share the follow-up list",
  "followUps.get": "supervisors share the follow-up list",
  "reviewPlatforms.remove": "admins share the review platforms",
  "followUps.take": "supervisors share the follow-up list",
  "banners.get": "marketers share every banner",
  "banners.create": "marketers share banners and their images",
  "banners.update": "marketers share banners and their images",
  "banners.setStatus": "marketers share every banner",
  "tariffs.previewChange": "the tariff catalogue is public",
  "tariffs.change": "the tariff catalogue is public",
  "options.previewConnect": "the option catalogue is public",
  "options.connect": "the option catalogue is public",
  "options.disconnect": "the option catalogue is public",
  "hints.feedback": "hints are public",
  "channels.testConnection": "admins manage every messenger inbox",
  "devMessenger.conversation": "demo mode only: the demo contacts are everyone's to try",
  "devMessenger.act": "demo mode only: the demo contacts are everyone's to try",
  "channels.setEnabled": "admins manage every messenger inbox",
  "catalogue.updateTariff": "administrators share the whole catalogue",
  "catalogue.previewTariffFee": "administrators share the whole catalogue",
  "catalogue.updateOption": "administrators share the whole catalogue",
  "knowledge.suggest": "owned",
  "helpAdmin.get": "content staff share every help article",
  "botLearning.link": "content staff share the bot's answers and every help article",
  "helpAdmin.update": "content staff share every help article",
  "helpAdmin.restore": "content staff share every help article",
  "hints.get": "content staff share every hint",
  "hints.update": "content staff share every hint",
  "hints.setArchived": "content staff share every hint",
  "hints.preview": "content staff share every hint",
};
/** Ids the caller makes up (message de-duplication), not references to stored objects. */
const clientMadeIds = new Set(["clientId"]);

const procedures = (appRouter._def as unknown as { procedures: Record<string, AnyProcedure> }).procedures;
function idKeys(procedure: AnyProcedure): string[] {
  const inputs = (procedure._def as unknown as { inputs: Array<{ shape?: Record<string, unknown> }> }).inputs;
  return inputs
    .flatMap((schema) => Object.keys(schema.shape ?? {}))
    .filter((key) => /Id$/.test(key) && key !== "accountId" && !clientMadeIds.has(key));
}

let testDb: TestDb;
type Party = { name: string; principal: Principal | null; visitorKey?: string | null };
const VISITOR_A = "11111111-1111-4111-8111-111111111111";
const VISITOR_B = "22222222-2222-4222-8222-222222222222";
let n = 0;
const clientId = () => `object-access-${String(++n).padStart(4, "0")}`;

function callAs(party: Party, path: string, input: unknown): Promise<unknown> {
  const ctx = { ...testContext(testDb.db, party.principal), visitorSessionKey: party.visitorKey ?? null };
  const caller = createCaller(ctx) as unknown as Record<string, Record<string, (i: unknown) => Promise<unknown>>>;
  const [router, name] = path.split(".") as [string, string];
  return caller[router]![name]!(input);
}
const outcome = (p: Promise<unknown>) =>
  p.then(
    () => "ok",
    (e: { code?: string }) => e.code ?? "error",
  );

let owner: Party,
  stranger: Party,
  visitorOwner: Party,
  otherVisitor: Party,
  operator: Party,
  otherOperator: Party,
  marketer: Party,
  signedOut: Party;
let chatId: string;
let tariffId: string;
let visitorChatId: string;

/** A password change refused for a wrong current password, then made: a new subscriber's self-service contact. */
async function selfServiceContact() {
  const account = await createSubscriber(testDb.db);
  const party = { name: "contact's subscriber", principal: subscriberPrincipal(account) };
  const change = { currentPassword: "wrong-password", newPassword: "a-new-password-42" };
  expect(await outcome(callAs(party, "account.changePassword", change))).not.toBe("ok");
  await callAs(party, "account.changePassword", { ...change, currentPassword: "subscriber-pass" });
  const contact = await testDb.db.selfServiceContact.findFirstOrThrow({ where: { accountId: account.id } });
  return { party, contactId: contact.id };
}

/** A snapshot of what a refused call must not have changed. */
async function chatSnapshot(id: string) {
  const chat = await testDb.db.chat.findUniqueOrThrow({ where: { id } });
  const messages = await testDb.db.chatMessage.count({ where: { chatId: id } });
  return { state: chat.state, operatorId: chat.operatorId, consent: chat.actionConsentAt, messages };
}

beforeAll(async () => {
  testDb = await createTestDb();
  tariffId = (await createTariff(testDb.db, { monthlyFee: 100 })).id;
  const ownerAccount = await createSubscriber(testDb.db, { balance: 100_000 });
  owner = { name: "owner", principal: subscriberPrincipal(ownerAccount) };
  stranger = { name: "another subscriber", principal: subscriberPrincipal(await createSubscriber(testDb.db)) };
  visitorOwner = { name: "visitor owner", principal: null, visitorKey: VISITOR_A };
  otherVisitor = { name: "another visitor", principal: null, visitorKey: VISITOR_B };
  operator = { name: "assigned operator", principal: staffPrincipal(await createStaff(testDb.db, ["OPERATOR"])) };
  otherOperator = { name: "another operator", principal: staffPrincipal(await createStaff(testDb.db, ["OPERATOR"])) };
  marketer = { name: "marketer", principal: staffPrincipal(await createStaff(testDb.db, ["MARKETER"])) };
  signedOut = { name: "signed out", principal: null, visitorKey: null };

  // The owner's chat, handed over and taken by one operator.
  chatId = ((await callAs(owner, "chat.start", { kind: "SUPPORT" })) as { id: string }).id;
  await callAs(owner, "chat.send", { chatId, text: "Позовите оператора", clientId: clientId() });
  await callAs(operator, "workspace.take", { chatId });
  await callAs(operator, "chat.send", { chatId, text: "Здравствуйте, ваш баланс 1000 ₽", clientId: clientId() });
  visitorChatId = (
    (await callAs(visitorOwner, "chat.start", { kind: "SUPPORT", visitor: { name: "Гость", consent: false } })) as {
      id: string;
    }
  ).id;
});
afterAll(() => testDb.close());

describe(`object access by id (${testDbLabel()})`, () => {
  it("lists every procedure that takes an object id, as owned (tested here) or shared (with the reason)", () => {
    const taking = Object.entries(procedures)
      .filter(([, p]) => idKeys(p).length > 0)
      .map(([path]) => path);
    expect(taking.sort()).toEqual(Object.keys(idInputs).sort());
  });

  it("refuses another subscriber, visitor and signed-out caller every chat procedure on a subscriber's chat, changing nothing", async () => {
    const before = await chatSnapshot(chatId);
    const inputs: Array<[string, unknown]> = [
      ["chat.messages", { chatId, afterSeq: 0 }],
      ["chat.send", { chatId, text: "чужой чат", clientId: clientId() }],
      ["chat.markRead", { chatId, upToSeq: 10 }],
      ["chat.close", { chatId }],
      ["chat.leaveRequest", { chatId }],
      ["chat.rate", { chatId, score: 1 }],
      ["chat.rateBot", { chatId, helped: false }],
      ["chat.survey", { chatId }],
      ["chat.dismissSurvey", { chatId }],
      ["chat.reviewClick", { chatId, platformId: "missing-platform" }],
      ["chat.giveConsent", { chatId }],
      // The chat's owner is checked before the escalation record, so a made-up record id still tests the chat.
      ["chat.attachEscalation", { chatId, intentId: "stranger-intent-id" }],
      ["chat.subscribePush", { chatId, subscription: strangersPushSubscription }],
    ];
    for (const party of [stranger, otherVisitor, visitorOwner, marketer]) {
      for (const [path, input] of inputs) {
        expect([party.name, path, await outcome(callAs(party, path, input))]).toEqual([
          party.name,
          path,
          expect.stringMatching(/^(NOT_FOUND|FORBIDDEN)$/),
        ]);
      }
    }
    for (const [path, input] of inputs)
      expect([path, await outcome(callAs(signedOut, path, input))]).toEqual([path, "UNAUTHORIZED"]);
    expect(await chatSnapshot(chatId)).toEqual(before);
  });

  it("refuses anyone but its subscriber a self-service contact's survey, storing nothing", async () => {
    const { party: contactOwner, contactId } = await selfServiceContact();
    const inputs: Array<[string, unknown]> = [
      ["selfServiceSurvey.rate", { contactId, resolved: false, cesScore: 1 }],
      ["selfServiceSurvey.dismiss", { contactId }],
      ["selfServiceSurvey.reviewClick", { contactId, platformId: "missing-platform" }],
    ];
    for (const party of [owner, stranger, otherVisitor, operator, marketer, signedOut])
      for (const [path, input] of inputs)
        expect([party.name, path, await outcome(callAs(party, path, input))]).toEqual([
          party.name,
          path,
          expect.stringMatching(/^(NOT_FOUND|FORBIDDEN|UNAUTHORIZED)$/),
        ]);
    expect(await testDb.db.rating.count({ where: { selfServiceContactId: contactId } })).toBe(0);
    // The owner is not refused: the refusals above are about access.
    expect(await outcome(callAs(contactOwner, "selfServiceSurvey.rate", { contactId, resolved: true }))).toBe("ok");
  });

  it("refuses a subscriber and another visitor a visitor's chat", async () => {
    const before = await chatSnapshot(visitorChatId);
    for (const party of [owner, otherVisitor]) {
      for (const [path, input] of [
        ["chat.messages", { chatId: visitorChatId, afterSeq: 0 }],
        ["chat.send", { chatId: visitorChatId, text: "чужой чат", clientId: clientId() }],
        ["chat.close", { chatId: visitorChatId }],
        ["chat.rateBot", { chatId: visitorChatId, helped: true }],
      ] as Array<[string, unknown]>) {
        expect([party.name, path, await outcome(callAs(party, path, input))]).toEqual([party.name, path, "NOT_FOUND"]);
      }
    }
    expect(await chatSnapshot(visitorChatId)).toEqual(before);
    // The control: the visitor's own session reads it.
    expect(await outcome(callAs(visitorOwner, "chat.messages", { chatId: visitorChatId, afterSeq: 0 }))).toBe("ok");
  });

  it("refuses an operator who is not the chat's operator, and a marketer, the chat in the workspace", async () => {
    const before = await chatSnapshot(chatId);
    const staffInputs: Array<[string, unknown]> = [
      ["workspace.details", { chatId }],
      ["workspace.deliveries", { chatId }],
      ["workspace.unlinkContact", { chatId }],
      ["workspace.cannedResponses", { chatId }],
      ["chat.messages", { chatId, afterSeq: 0 }],
      ["chat.send", { chatId, text: "не мой чат", clientId: clientId(), isInternal: true }],
      ["chat.markRead", { chatId, upToSeq: 10 }],
      ["chat.close", { chatId }],
      ["workspace.transfer", { chatId, toOperatorId: null, note: "" }],
      ["workspace.requestConsent", { chatId }],
      ["knowledge.suggest", { chatId }],
      [
        "workspace.actForSubscriber",
        { chatId, idempotencyKey: "object-access-act-0001", change: { kind: "tariff", tariffId } },
      ],
    ];
    for (const [path, input] of staffInputs) {
      const got = await outcome(callAs(otherOperator, path, input));
      expect([path, got]).toEqual([path, expect.stringMatching(/^(NOT_FOUND|FORBIDDEN|BAD_REQUEST)$/)]);
      if (got === "BAD_REQUEST") throw new Error(`${path}: the sample input is invalid, fix the test`);
      expect([path, await outcome(callAs(marketer, path, input))]).toEqual([
        path,
        expect.stringMatching(/^(NOT_FOUND|FORBIDDEN)$/),
      ]);
    }
    // Taking is for the shared queue: a chat someone already has is refused without its content.
    expect(
      await callAs(otherOperator, "workspace.take", { chatId }).catch((e: { code?: string; message?: string }) => [
        e.code,
        e.message,
      ]),
    ).toEqual(["CONFLICT", "CHAT_ALREADY_TAKEN"]);
    expect(await chatSnapshot(chatId)).toEqual(before);
  });

  it("does not let a transfer hand a chat to someone who is not an operator", async () => {
    const staffIdOf = (party: Party) => (party.principal?.kind === "staff" ? party.principal.staffId : "");
    expect(
      await outcome(callAs(operator, "workspace.transfer", { chatId, toOperatorId: staffIdOf(marketer), note: "" })),
    ).toBe("NOT_FOUND");
    expect((await chatSnapshot(chatId)).operatorId).toBe(staffIdOf(operator));
  });

  it("ignores another person's escalation context when a chat starts", async () => {
    const { intentId } = (await callAs(stranger, "hints.escalate", {
      page: "payments",
      failedAction: "payment.topUp",
      errorCode: "PAYMENT_DECLINED",
      hintIds: [],
    })) as { intentId: string };
    const visitorChat = (await callAs(otherVisitor, "chat.start", { kind: "SUPPORT", intentId })) as { id: string };
    const stored = await testDb.db.chat.findUniqueOrThrow({ where: { id: visitorChat.id } });
    expect(stored.context).not.toMatchObject({ errorCode: "PAYMENT_DECLINED" });
    expect((await testDb.db.escalationIntent.findUniqueOrThrow({ where: { id: intentId } })).chatId).toBeNull();
  });

  it("lets the owner and the assigned operator do what strangers were refused (the refusals above are about access)", async () => {
    const notRefused = expect.not.stringMatching(/^(NOT_FOUND|FORBIDDEN|UNAUTHORIZED|BAD_REQUEST)$/);
    const expectAllowed = async (party: Party, path: string, input: unknown) =>
      expect([party.name, path, await outcome(callAs(party, path, input))]).toEqual([party.name, path, notRefused]);
    await expectAllowed(operator, "workspace.details", { chatId });
    await expectAllowed(operator, "workspace.deliveries", { chatId });
    await expectAllowed(operator, "knowledge.suggest", { chatId });
    await expectAllowed(operator, "workspace.cannedResponses", { chatId });
    await expectAllowed(operator, "chat.messages", { chatId, afterSeq: 0 });
    await expectAllowed(operator, "chat.markRead", { chatId, upToSeq: 1 });
    await expectAllowed(operator, "workspace.requestConsent", { chatId });
    await expectAllowed(owner, "chat.messages", { chatId, afterSeq: 0 });
    await expectAllowed(owner, "chat.send", { chatId, text: "Спасибо", clientId: clientId() });
    await expectAllowed(owner, "chat.markRead", { chatId, upToSeq: 1 });
    await expectAllowed(owner, "chat.leaveRequest", { chatId });
    await expectAllowed(owner, "chat.giveConsent", { chatId });
    await expectAllowed(operator, "workspace.actForSubscriber", {
      chatId,
      idempotencyKey: "object-access-act-0002",
      change: { kind: "tariff", tariffId },
    });
    await expectAllowed(owner, "chat.rateBot", { chatId, helped: true });
    await expectAllowed(owner, "chat.close", { chatId });
    await expectAllowed(owner, "chat.survey", { chatId });
    await expectAllowed(owner, "chat.rate", { chatId, score: 5 });
    expect((await chatSnapshot(chatId)).state).toBe("RATED");
  });
});
