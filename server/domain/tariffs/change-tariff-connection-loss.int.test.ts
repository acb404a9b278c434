/**
 * The database connection dies in the middle of a tariff change: the transaction has already
 * written the change request, the charge and the new tariff when its backend is terminated.
 * Nothing of it may remain, and the client's retry with the same key must apply it once.
 */
import { describe, expect, it } from "vitest";
import { getBalance } from "@/server/domain/account/balance";
import { isAppError } from "@/server/domain/errors";
import { createPrismaClient } from "@/server/db-client";
import { createSubscriber, createTariff, subscriberPrincipal } from "@/server/testing/fixtures";
import { testDbLabel } from "@/server/testing/test-db";
import { poll } from "@/server/testing/poll";
import { blockedWriter, observedTestDb } from "@/server/testing/connection-observer";
import { changeTariff } from "./change-tariff";

const onPglite = testDbLabel() === "pglite";
const april16 = new Date("2026-04-16T09:00:00Z"); // 15 of 30 days left: a 90 000 fee charges 45 000

// A second connection to the same throwaway database: it holds a lock and kills the change's backend.
const observed = observedTestDb();

// PGlite is one in-process connection with no server backend to terminate; the drop can only happen on PostgreSQL.
describe.skipIf(onPglite)(`tariff change when the database connection drops (${testDbLabel()})`, () => {
  it("leaves no partial state, and the retry with the same key changes and charges exactly once", async () => {
    const { testDb, observer } = observed;
    const db = testDb.db;
    const from = await createTariff(db, { monthlyFee: 40_000 });
    const to = await createTariff(db, { monthlyFee: 90_000 });
    const account = await createSubscriber(db, { tariffId: from.id, balance: 100_000 });
    // An option only the old tariff allows: the change must switch it off, late in its transaction.
    const homeOnly = await db.option.create({
      data: {
        code: `static-ip-${from.id}`,
        name: "Статический IP",
        nameEn: "Static IP",
        description: "",
        descriptionEn: "",
        connectionFee: 0,
        monthlyFee: 15_000,
        compatibleTariffs: { create: [{ tariffId: from.id }] },
      },
    });
    await db.optionSubscription.create({ data: { accountId: account.id, optionId: homeOnly.id } });
    const input = {
      accountId: account.id,
      tariffId: to.id,
      idempotencyKey: "dropped-connection-0001",
      actor: { principal: subscriberPrincipal(account), page: "tariffs" },
      now: april16,
    };

    // Hold the option row: the change writes its request, charge and tariff, then waits here.
    await observer.query("BEGIN");
    await observer.query(`SELECT 1 FROM "OptionSubscription" WHERE "accountId" = $1 FOR UPDATE`, [account.id]);
    const outcome = changeTariff(db, input).then(
      () => null,
      (error: unknown) => error,
    );
    // Mid-transaction for real: that backend has already written rows it has not committed.
    const { pid, written } = await blockedWriter(observer, "%UPDATE%OptionSubscription%");
    expect(written).toEqual(expect.arrayContaining(["ChangeRequest", "LedgerEntry", "SubscriberAccount"]));

    const {
      rows: [terminated],
    } = await observer.query<{ ok: boolean }>("SELECT pg_terminate_backend($1) AS ok", [pid]);
    expect(terminated?.ok).toBe(true);
    const error = await outcome;
    await observer.query("ROLLBACK");
    expect(error).toBeInstanceOf(Error);
    expect(isAppError(error)).toBe(false);

    // Nothing of the killed transaction is left.
    expect(await db.changeRequest.count({ where: { accountId: account.id } })).toBe(0);
    expect(await db.ledgerEntry.count({ where: { accountId: account.id, type: "CHARGE" } })).toBe(0);
    expect(await getBalance(db, account.id)).toBe(100_000);
    expect((await db.subscriberAccount.findUniqueOrThrow({ where: { id: account.id } })).tariffId).toBe(from.id);
    expect(await db.optionSubscription.count({ where: { accountId: account.id, disconnectedAt: null } })).toBe(1);
    expect(await db.auditLogEntry.count({ where: { subjectAccountId: account.id, action: "tariff.change" } })).toBe(0);
    expect(await db.selfServiceEvent.count({ where: { accountId: account.id, action: "tariff.change" } })).toBe(0);

    // The client retries with the same key (the pool has replaced the dead connection): applied once.
    const change = await changeTariff(db, input);
    const again = await changeTariff(db, input);
    expect(again.id).toBe(change.id);
    expect(change).toMatchObject({
      idempotencyKey: input.idempotencyKey,
      chargedAmount: 45_000,
      fromTariffId: from.id,
      toTariffId: to.id,
    });
    expect(await db.changeRequest.count({ where: { accountId: account.id } })).toBe(1);
    const charges = await db.ledgerEntry.findMany({ where: { accountId: account.id, type: "CHARGE" } });
    expect(charges).toEqual([expect.objectContaining({ amount: -45_000, changeRequestId: change.id })]);
    expect(await getBalance(db, account.id)).toBe(55_000);
    expect((await db.subscriberAccount.findUniqueOrThrow({ where: { id: account.id } })).tariffId).toBe(to.id);
    expect(await db.optionSubscription.count({ where: { accountId: account.id, disconnectedAt: null } })).toBe(0);
    expect(await db.auditLogEntry.count({ where: { subjectAccountId: account.id, action: "tariff.change" } })).toBe(1);
  });

  it("gives the pool its slot back when a transaction's connection is killed", async () => {
    // One connection only: if the killed transaction kept its slot, the next query would wait forever.
    const { observer } = observed;
    const url = new URL(process.env.TEST_DATABASE_URL!);
    url.pathname = `/${(await observer.query<{ name: string }>("SELECT current_database() AS name")).rows[0]!.name}`;
    const db = createPrismaClient({ DATABASE_URL: url.toString(), DATABASE_POOL_SIZE: 1, PGLITE_DATA_DIR: "" });
    try {
      for (let drop = 1; drop <= 2; drop++) {
        let pid: number | undefined;
        const outcome = db
          .$transaction(async (tx) => {
            pid = (await tx.$queryRaw<[{ pid: number }]>`SELECT pg_backend_pid() AS pid`)[0].pid;
            await tx.$queryRaw`SELECT pg_sleep(10)`;
          })
          .then(
            () => null,
            (error: unknown) => error,
          );
        const victim = await poll("the transaction's backend", async () => pid);
        await observer.query("SELECT pg_terminate_backend($1)", [victim]);
        expect(await outcome).toBeInstanceOf(Error);
        const next = await Promise.race([
          db.$queryRaw<[{ one: number }]>`SELECT 1 AS one`,
          new Promise<"stuck">((resolve) => setTimeout(() => resolve("stuck"), 5_000).unref()),
        ]);
        expect(next).toEqual([{ one: 1 }]);
      }
    } finally {
      await db.$disconnect();
    }
  });
});
