/**
 * The database connection dies while autopay records a successful attempt: the run has been marked paid and
 * its notice written when the backend is terminated. None of that may remain, the money already on the ledger
 * stays once, and the next pass finishes the run without charging again.
 */
import { describe, expect, it } from "vitest";
import { createSubscriber, subscriberPrincipal } from "@/server/testing/fixtures";
import { testDbLabel } from "@/server/testing/test-db";
import { blockedWriter, observedTestDb } from "@/server/testing/connection-observer";
import { demoPaymentProvider } from "@/server/domain/payments/payment-provider";
import { DEFAULT_AUTOPAY_RULES as rules } from "./autopay-rules";
import { saveAutopay, savePaymentMethod } from "./autopay-settings";
import { runAutopay } from "./run-autopay";

const onPglite = testDbLabel() === "pglite";

const observed = observedTestDb();

// PGlite is one in-process connection with no server backend to terminate; the drop can only happen on PostgreSQL.
describe.skipIf(onPglite)(`autopay when the database connection drops (${testDbLabel()})`, () => {
  it("leaves the run as it was, and the next pass completes it with one charge and one notice", async () => {
    const { testDb, observer } = observed;
    const db = testDb.db;
    const account = await createSubscriber(db, { balance: 500 });
    const actor = { principal: subscriberPrincipal(account) };
    await savePaymentMethod(db, demoPaymentProvider, { accountId: account.id, actor });
    await saveAutopay(db, {
      accountId: account.id,
      choice: { threshold: 1_000, topUpAmount: 30_000, monthlyCharge: false },
      actor,
    });

    // Hold the outbox: the attempt marks the run paid and writes the notice, then waits here for the SMS.
    await observer.query("BEGIN");
    await observer.query(`LOCK TABLE "OutboxMessage" IN SHARE MODE`);
    const now = new Date();
    const pass = runAutopay(db, demoPaymentProvider, rules, now);
    const { pid, written } = await blockedWriter(observer, "%INSERT%OutboxMessage%");
    expect(written).toEqual(expect.arrayContaining(["AutopayRun", "Notice"]));
    await observer.query("SELECT pg_terminate_backend($1)", [pid]);
    expect(await pass).toMatchObject({ unknown: 1, SUCCEEDED: 0 });
    await observer.query("ROLLBACK");

    const run = await db.autopayRun.findFirstOrThrow({ where: { accountId: account.id } });
    expect(run).toMatchObject({ status: "PENDING", attempts: 0 });
    expect(await db.notice.count({ where: { accountId: account.id } })).toBe(0);
    expect(await db.ledgerEntry.count({ where: { accountId: account.id, textCode: "AUTOPAY_CARD" } })).toBe(1);

    expect(await runAutopay(db, demoPaymentProvider, rules, new Date(now.getTime() + 60_000))).toMatchObject({
      SUCCEEDED: 1,
    });
    expect(await db.payment.findMany({ where: { accountId: account.id }, select: { status: true } })).toEqual([
      { status: "SUCCEEDED" },
    ]);
    expect(await db.ledgerEntry.count({ where: { accountId: account.id, textCode: "AUTOPAY_CARD" } })).toBe(1);
    expect(await db.autopayRun.findUniqueOrThrow({ where: { id: run.id } })).toMatchObject({ status: "SUCCEEDED" });
    expect(await db.notice.findMany({ where: { accountId: account.id }, select: { kind: true } })).toEqual([
      { kind: "AUTOPAY_MADE" },
    ]);
  });
});
