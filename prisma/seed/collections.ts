// The collections desk's demo: a number kept working by a promised payment that ends unpaid within days
// (so /admin/collections shows both reasons), through the same domain function a subscriber uses.
import type { Db } from "@/server/db-client";
import { getPromisedPaymentState } from "@/server/domain/promised-payments/get-promised-payment";
import { DEFAULT_PROMISED_PAYMENT_RULES as rules } from "@/server/domain/promised-payments/promised-payment-rules";
import { takePromisedPayment } from "@/server/domain/promised-payments/take-promised-payment";

const DAY_MS = 86_400_000;
/** Blocked demo numbers no end-to-end spec signs in as; the first one that may take a promised payment does. */
const CANDIDATES = ["100000055", "100000040", "100000039"];

export async function seedCollectionsDemo(db: Db, now: Date): Promise<void> {
  const takenAt = new Date(now.getTime() - DAY_MS);
  for (const accountNumber of CANDIDATES) {
    const account = await db.subscriberAccount.findUnique({ where: { accountNumber } });
    if (!account || account.status !== "BLOCKED_FOR_DEBT") continue;
    const { offer } = await getPromisedPaymentState(db, account.id, rules, takenAt);
    if (offer.kind !== "OFFER") continue;
    await takePromisedPayment(db, rules, {
      accountId: account.id,
      amount: offer.minAmount,
      idempotencyKey: `demo-collections-${accountNumber}`,
      actor: { principal: { kind: "subscriber", accountId: account.id, sessionVersion: account.sessionVersion } },
      now: takenAt,
    });
    return;
  }
}
