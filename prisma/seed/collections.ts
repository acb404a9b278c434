// The collections desk's demo: a number kept working by a promised payment that ends unpaid within days
// (so /admin/collections shows both reasons), through the same domain functions a subscriber uses.
import type { Db } from "@/server/db-client";
import { getBalance } from "@/server/domain/account/balance";
import { demoPaymentProvider } from "@/server/domain/payments/payment-provider";
import { topUpBalance } from "@/server/domain/payments/top-up-balance";
import { getPromisedPaymentState } from "@/server/domain/promised-payments/get-promised-payment";
import { DEFAULT_PROMISED_PAYMENT_RULES as rules } from "@/server/domain/promised-payments/promised-payment-rules";
import { takePromisedPayment } from "@/server/domain/promised-payments/take-promised-payment";

const DAY_MS = 86_400_000;
/** Blocked demo numbers no end-to-end spec signs in as; the first one that may take a promised payment does. */
const CANDIDATES = ["100000055", "100000040", "100000039"];
/** What is left of the debt after the part payment: well inside what a promised payment may clear. */
const DEBT_LEFT = 50_000;

export async function seedCollectionsDemo(db: Db, now: Date): Promise<void> {
  const takenAt = new Date(now.getTime() - DAY_MS);
  for (const accountNumber of CANDIDATES) {
    const account = await db.subscriberAccount.findUnique({ where: { accountNumber } });
    if (!account || account.status !== "BLOCKED_FOR_DEBT") continue;
    const actor = {
      principal: { kind: "subscriber" as const, accountId: account.id, sessionVersion: account.sessionVersion },
    };
    let { offer } = await getPromisedPaymentState(db, account.id, rules, takenAt);
    if (offer.kind === "REFUSED" && offer.reason === "DEBT_TOO_LARGE") {
      // The simulated history moves with the calendar, and on some days every candidate owes more than a promised
      // payment may clear: the subscriber pays most of the debt first (whole rubles), as people do.
      const debt = -(await getBalance(db, account.id));
      await topUpBalance(db, demoPaymentProvider, {
        accountId: account.id,
        amount: debt - DEBT_LEFT - (debt % 100),
        idempotencyKey: `demo-collections-part-${accountNumber}`,
        actor,
        now: new Date(takenAt.getTime() - 60 * 60_000),
      });
      ({ offer } = await getPromisedPaymentState(db, account.id, rules, takenAt));
    }
    if (offer.kind !== "OFFER") continue;
    await takePromisedPayment(db, rules, {
      accountId: account.id,
      amount: offer.minAmount,
      idempotencyKey: `demo-collections-${accountNumber}`,
      actor,
      now: takenAt,
    });
    return;
  }
}
