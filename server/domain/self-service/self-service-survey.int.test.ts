import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, testDbLabel, type TestDb } from "@/server/testing/test-db";
import {
  createStaff,
  createSubscriber,
  createTariff,
  staffPrincipal,
  subscriberPrincipal,
} from "@/server/testing/fixtures";
import { callerAs, causeCode } from "@/server/testing/callers";
import { appErrorOf } from "@/server/testing/app-error-of";
import { entryText } from "@/server/domain/payments/ledger-text";
import { getBalance } from "@/server/domain/account/balance";
import { recordSelfServiceEvent } from "./record-self-service-event";
import { rateSelfServiceContact } from "./self-service-survey";

let testDb: TestDb;
beforeAll(async () => {
  testDb = await createTestDb();
});
afterAll(() => testDb.close());

const MINUTE = 60_000;
const key = () => `change-${crypto.randomUUID()}`;

async function subscriber() {
  const account = await createSubscriber(testDb.db);
  return { account, caller: callerAs(testDb.db, subscriberPrincipal(account)) };
}

/** A failed attempt and, `after` minutes later, a successful one of the same action: a contact (30-minute window). */
async function failThenSucceed(accountId: string, after = 5) {
  const failedAt = new Date(Date.now() - after * MINUTE);
  await recordSelfServiceEvent(testDb.db, {
    accountId,
    action: "option.connect",
    succeeded: false,
    errorCode: "INSUFFICIENT_FUNDS",
    page: "options",
    now: failedAt,
  });
  await recordSelfServiceEvent(testDb.db, { accountId, action: "option.connect", succeeded: true, page: "options" });
  return testDb.db.selfServiceContact.findFirst({ where: { accountId }, orderBy: { createdAt: "desc" } });
}

describe(`the survey after a self-service action that followed a failure (${testDbLabel()})`, () => {
  it("offers it after a tariff change refused for want of money and then made, and not before", async () => {
    const from = await createTariff(testDb.db, { monthlyFee: 10_000 });
    const to = await createTariff(testDb.db, { monthlyFee: 900_000 });
    const account = await createSubscriber(testDb.db, { tariffId: from.id });
    const caller = callerAs(testDb.db, subscriberPrincipal(account));
    expect(await caller.selfServiceSurvey.pending()).toBeNull();
    const change = { tariffId: to.id, page: "tariffs" };
    expect(await causeCode(caller.tariffs.change({ ...change, idempotencyKey: key() }))).toBe("INSUFFICIENT_FUNDS");
    // A failure alone is no contact yet.
    expect(await caller.selfServiceSurvey.pending()).toBeNull();
    await testDb.db.ledgerEntry.create({
      data: { accountId: account.id, type: "ADJUSTMENT", amount: 1_000_000, ...entryText("OPENING_BALANCE") },
    });
    await caller.tariffs.change({ ...change, idempotencyKey: key() });
    const pending = await caller.selfServiceSurvey.pending();
    expect(pending).toMatchObject({ action: "tariff.change", askNps: true });
    expect(await testDb.db.selfServiceContact.findUniqueOrThrow({ where: { id: pending!.contactId } })).toMatchObject({
      accountId: account.id,
      errorCode: "INSUFFICIENT_FUNDS",
      page: "tariffs",
    });
    // A success after a success is routine: still one contact.
    await caller.tariffs.change({ tariffId: from.id, page: "tariffs", idempotencyKey: key() });
    expect(await testDb.db.selfServiceContact.count({ where: { accountId: account.id } })).toBe(1);
  });

  it("makes no contact from a success after a failure outside the window, or of another action", async () => {
    const { account, caller } = await subscriber();
    expect(await failThenSucceed(account.id, 31)).toBeNull();
    await recordSelfServiceEvent(testDb.db, { accountId: account.id, action: "tariff.change", succeeded: false });
    await recordSelfServiceEvent(testDb.db, { accountId: account.id, action: "payment.top_up", succeeded: true });
    expect(await testDb.db.selfServiceContact.count({ where: { accountId: account.id } })).toBe(0);
    expect(await caller.selfServiceSurvey.pending()).toBeNull();
  });

  it("makes no self-service contact of a change an operator made for the subscriber in a chat", async () => {
    const { account } = await subscriber();
    const accountId = account.id;
    await recordSelfServiceEvent(testDb.db, { accountId, action: "tariff.change", succeeded: false });
    await recordSelfServiceEvent(testDb.db, { accountId, action: "tariff.change", succeeded: true, byOperator: true });
    expect(await testDb.db.selfServiceContact.count({ where: { accountId } })).toBe(0);
  });

  it("puts a detractor on the follow-up list with what failed as the context, resolved with a compensation", async () => {
    const { account, caller } = await subscriber();
    const contact = (await failThenSucceed(account.id))!;
    await caller.selfServiceSurvey.rate({ contactId: contact.id, resolved: false, comment: "Долго не получалось" });
    const supervisor = callerAs(testDb.db, staffPrincipal(await createStaff(testDb.db, ["SUPERVISOR"])));
    const item = (await supervisor.followUps.list({ status: "open" })).items.find(
      (f) => f.subscriber?.accountNumber === account.accountNumber,
    );
    expect(item).toMatchObject({
      reason: "LOW_RATING",
      chat: null,
      selfService: { action: "option.connect", errorCode: "INSUFFICIENT_FUNDS", page: "options" },
      rating: { resolved: false, comment: "Долго не получалось", score: null },
      operatorName: null,
      visitor: null,
    });
    expect(await supervisor.followUps.get({ followUpId: item!.id })).toMatchObject({
      transcript: [],
      context: { failedAction: "option.connect", errorCode: "INSUFFICIENT_FUNDS", page: "options" },
      account: { accountNumber: account.accountNumber },
    });
    const before = await getBalance(testDb.db, account.id);
    await supervisor.followUps.resolve({
      followUpId: item!.id,
      comment: "Позвонили, объяснили про баланс",
      outcome: "COMPENSATED",
      compensationRub: 50,
    });
    expect((await getBalance(testDb.db, account.id)) - before).toBe(5_000);
    expect(await testDb.db.followUp.findUniqueOrThrow({ where: { id: item!.id } })).toMatchObject({
      state: "RESOLVED",
      outcome: "COMPENSATED",
    });
  });

  it("keeps partial answers once, refuses a repeated answer, and asks nothing more once answered", async () => {
    const { account, caller } = await subscriber();
    const contact = (await failThenSucceed(account.id))!;
    expect(await caller.selfServiceSurvey.pending()).toMatchObject({ contactId: contact.id });
    expect(await caller.selfServiceSurvey.rate({ contactId: contact.id, resolved: true, cesScore: 6 })).toEqual({
      reviewPlatforms: [],
      followUp: false,
    });
    expect(await caller.selfServiceSurvey.pending()).toBeNull();
    await caller.selfServiceSurvey.rate({ contactId: contact.id, comment: "  сначала не вышло  " });
    expect(await causeCode(caller.selfServiceSurvey.rate({ contactId: contact.id, cesScore: 2 }))).toBe(
      "ALREADY_RATED",
    );
    expect(await causeCode(caller.selfServiceSurvey.dismiss({ contactId: contact.id }))).toBe("ALREADY_RATED");
    expect(await testDb.db.rating.findMany({ where: { selfServiceContactId: contact.id } })).toMatchObject([
      {
        chatId: null,
        resolved: true,
        cesScore: 6,
        score: null,
        npsScore: null,
        comment: "сначала не вышло",
        respondent: `account:${account.id}`,
      },
    ]);
  });

  it("refuses answers outside their scales, the operator's score, someone else's contact and one that never was", async () => {
    const { account, caller } = await subscriber();
    const other = await subscriber();
    const contact = (await failThenSucceed(account.id))!;
    for (const input of [{ cesScore: 0 }, { cesScore: 8 }, { npsScore: 11 }, { npsScore: -1 }, { cesScore: 2.5 }])
      expect(await causeCode(caller.selfServiceSurvey.rate({ contactId: contact.id, ...input }))).toBe("BAD_REQUEST");
    // The domain checks the same scales as the chat survey, and there is no operator to rate.
    const error = await appErrorOf(
      rateSelfServiceContact(testDb.db, { accountId: account.id, contactId: contact.id, cesScore: 9 }),
    );
    expect([error.code, error.details]).toEqual(["INVALID_INPUT", { field: "cesScore" }]);
    expect(
      (await appErrorOf(rateSelfServiceContact(testDb.db, { accountId: account.id, contactId: contact.id, score: 5 })))
        .code,
    ).toBe("NO_OPERATOR_TO_RATE");
    expect(await causeCode(caller.selfServiceSurvey.rate({ contactId: contact.id }))).toBe("INVALID_INPUT");
    const answer = { contactId: contact.id, resolved: true };
    expect(await causeCode(other.caller.selfServiceSurvey.rate(answer))).toBe("NOT_FOUND");
    expect(await causeCode(other.caller.selfServiceSurvey.dismiss({ contactId: contact.id }))).toBe("NOT_FOUND");
    expect(await causeCode(caller.selfServiceSurvey.rate({ ...answer, contactId: "no-such-contact" }))).toBe(
      "NOT_FOUND",
    );
    expect(await testDb.db.rating.count({ where: { selfServiceContactId: contact.id } })).toBe(0);
  });

  it("is closed for good by 'not now'", async () => {
    const { account, caller } = await subscriber();
    const contact = (await failThenSucceed(account.id))!;
    await caller.selfServiceSurvey.dismiss({ contactId: contact.id });
    expect(await caller.selfServiceSurvey.pending()).toBeNull();
    expect(await causeCode(caller.selfServiceSurvey.rate({ contactId: contact.id, resolved: true }))).toBe(
      "ALREADY_RATED",
    );
    expect(await causeCode(caller.selfServiceSurvey.dismiss({ contactId: contact.id }))).toBe("ALREADY_RATED");
  });

  it("asks NPS once per subscriber per interval across chats and self-service, follows up a detractor, invites a promoter", async () => {
    const { account, caller } = await subscriber();
    const platform = await testDb.db.reviewPlatform.create({ data: { name: "Карты", url: "https://maps.example" } });
    const first = (await failThenSucceed(account.id))!;
    const promoter = await caller.selfServiceSurvey.rate({ contactId: first.id, npsScore: 10, resolved: true });
    expect(promoter).toMatchObject({ followUp: false, reviewPlatforms: [{ id: platform.id }] });
    await caller.selfServiceSurvey.reviewClick({ contactId: first.id, platformId: platform.id });
    await caller.selfServiceSurvey.reviewClick({ contactId: first.id, platformId: platform.id });
    expect(await testDb.db.reviewClick.count({ where: { platform: { id: platform.id } } })).toBe(1);

    // Failed again after that success, then made it: another contact.
    const second = (await failThenSucceed(account.id, 0))!;
    expect(await caller.selfServiceSurvey.pending()).toMatchObject({ contactId: second.id, askNps: false });
    expect(await causeCode(caller.selfServiceSurvey.rate({ contactId: second.id, npsScore: 3 }))).toBe("INVALID_INPUT");
    // Not a promoter, so no invitation to click.
    const detractor = await caller.selfServiceSurvey.rate({ contactId: second.id, resolved: false, cesScore: 1 });
    expect(detractor).toEqual({ followUp: true, reviewPlatforms: [] });
    expect(
      await causeCode(caller.selfServiceSurvey.reviewClick({ contactId: second.id, platformId: platform.id })),
    ).toBe("NOT_FOUND");
    expect(await testDb.db.followUp.findMany({ where: { selfServiceContactId: second.id } })).toMatchObject([
      { chatId: null, reason: "LOW_RATING", state: "OPEN" },
    ]);
    await testDb.db.reviewPlatform.delete({ where: { id: platform.id } });
  });
});
