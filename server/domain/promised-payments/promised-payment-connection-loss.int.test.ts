/**
 * The database connection dies in the middle of taking a promised payment: the transaction has already
 * written the promised payment, its credit and fee, and lifted the block when its backend is terminated.
 * Nothing of it may remain, and the client's retry with the same key must take it once.
 */
import { describe, expect, it } from "vitest";
import { getBalance } from "@/server/domain/account/balance";
import { isAppError } from "@/server/domain/errors";
import { createSubscriber, subscriberPrincipal } from "@/server/testing/fixtures";
import { testDbLabel } from "@/server/testing/test-db";
import { blockedWriter, observedTestDb } from "@/server/testing/connection-observer";
import { DEFAULT_PROMISED_PAYMENT_RULES } from "./promised-payment-rules";
import { takePromisedPayment } from "./take-promised-payment";

const onPglite = testDbLabel() === "pglite";

const observed = observedTestDb();

// PGlite is one in-process connection with no server backend to terminate; the drop can only happen on PostgreSQL.
describe.skipIf(onPglite)(`promised payment when the database connection drops (${testDbLabel()})`, () => {
  it("leaves no partial state, and the retry with the same key credits exactly once", async () => {
    const { testDb, observer } = observed;
    const db = testDb.db;
    const account = await createSubscriber(db, { balance: -12_000 });
    await db.subscriberAccount.update({ where: { id: account.id }, data: { status: "BLOCKED_FOR_DEBT" } });
    const input = {
      accountId: account.id,
      amount: 20_000,
      idempotencyKey: "dropped-connection-promised-0001",
      actor: { principal: subscriberPrincipal(account) },
    };

    // Hold the audit table: the take writes its promised payment, credit, fee and unblock, then waits here.
    await observer.query("BEGIN");
    await observer.query(`LOCK TABLE "AuditLogEntry" IN SHARE MODE`);
    const outcome = takePromisedPayment(db, DEFAULT_PROMISED_PAYMENT_RULES, input).then(
      () => null,
      (error: unknown) => error,
    );
    const { pid, written } = await blockedWriter(observer, "%INSERT%AuditLogEntry%");
    expect(written).toEqual(expect.arrayContaining(["PromisedPayment", "LedgerEntry", "SubscriberAccount"]));
    await observer.query("SELECT pg_terminate_backend($1)", [pid]);
    const error = await outcome;
    await observer.query("ROLLBACK");
    expect(error).toBeInstanceOf(Error);
    expect(isAppError(error)).toBe(false);

    expect(await db.promisedPayment.count({ where: { accountId: account.id } })).toBe(0);
    expect(await getBalance(db, account.id)).toBe(-12_000);
    expect((await db.subscriberAccount.findUniqueOrThrow({ where: { id: account.id } })).status).toBe(
      "BLOCKED_FOR_DEBT",
    );
    expect(await db.auditLogEntry.count({ where: { subjectAccountId: account.id } })).toBe(0);

    const taken = await takePromisedPayment(db, DEFAULT_PROMISED_PAYMENT_RULES, input);
    const again = await takePromisedPayment(db, DEFAULT_PROMISED_PAYMENT_RULES, input);
    expect(again.promisedPayment.id).toBe(taken.promisedPayment.id);
    expect([taken.taken, again.taken]).toEqual([true, false]);
    expect(await getBalance(db, account.id)).toBe(-12_000 + 20_000 - 2_500);
    expect((await db.subscriberAccount.findUniqueOrThrow({ where: { id: account.id } })).status).toBe("ACTIVE");
    expect(await db.ledgerEntry.count({ where: { promisedPaymentId: taken.promisedPayment.id } })).toBe(2);
  });
});
