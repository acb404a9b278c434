import { createHash } from "node:crypto";

export interface PaymentChargeRequest {
  /** Kopecks. */
  amount: number;
  accountId: string;
  /** The provider must charge once per key, so a retried request never pays twice. */
  idempotencyKey: string;
}

export interface PaymentChargeOutcome {
  status: "SUCCEEDED" | "FAILED";
  providerRef: string;
}

/** A card acquirer or payment gateway; `charge` rejects only when the outcome is unknown (then it may be retried with the same key). */
export interface PaymentProvider {
  name: string;
  charge(request: PaymentChargeRequest): Promise<PaymentChargeOutcome>;
}

/** 13.13 ₽: the demo provider declines it, so a failed payment can be shown and tested. */
export const DEMO_DECLINED_AMOUNT = 1_313;

/**
 * The embedded default: an instant demo acquirer. Its reference is derived from the key,
 * so asking twice with one key gives the same answer, as a real provider's would.
 */
export const demoPaymentProvider: PaymentProvider = {
  name: "demo",
  async charge({ amount, idempotencyKey }) {
    const providerRef = `demo-${createHash("sha256").update(idempotencyKey).digest("hex").slice(0, 16)}`;
    return { status: amount === DEMO_DECLINED_AMOUNT ? "FAILED" : "SUCCEEDED", providerRef };
  },
};

/** The provider the running product uses; a real acquirer plugs in here. */
export function getPaymentProvider(): PaymentProvider {
  return demoPaymentProvider;
}
