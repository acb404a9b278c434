import { createHash, randomUUID } from "node:crypto";

export interface PaymentChargeRequest {
  /** Kopecks. */
  amount: number;
  accountId: string;
  /** The provider must charge once per key, so a retried request never pays twice. */
  idempotencyKey: string;
  /** A saved method's token (autopay); without it, the card the subscriber enters at the provider. */
  methodToken?: string;
}

/** What the provider gives back for a saved card: a token to charge later and a label to show, never card data. */
export interface SavedPaymentMethod {
  token: string;
  label: string;
}

export interface PaymentChargeOutcome {
  status: "SUCCEEDED" | "FAILED";
  providerRef: string;
}

/** A card acquirer or payment gateway; `charge` rejects only when the outcome is unknown (then it may be retried with the same key). */
export interface PaymentProvider {
  name: string;
  charge(request: PaymentChargeRequest): Promise<PaymentChargeOutcome>;
  /** Saves the card the subscriber entered on the provider's own page; rejects when that could not be done. */
  saveMethod(request: { accountId: string }): Promise<SavedPaymentMethod>;
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
  // The demo's saved card is always its test card; the token is random, as a real provider's is.
  async saveMethod() {
    return { token: `demo-tok-${randomUUID()}`, label: "••\u00a04242" };
  },
};

/** The provider the running product uses; a real acquirer plugs in here. */
export function getPaymentProvider(): PaymentProvider {
  return demoPaymentProvider;
}

/** Thrown when the provider did not answer in time: the outcome is unknown, as with a lost connection. */
export class ProviderTimeoutError extends Error {
  constructor(readonly provider: string) {
    super(`payment provider ${provider} did not answer in time`);
    this.name = "ProviderTimeoutError";
  }
}

/** The provider with a deadline on every call, so a hung acquirer never holds a transaction or a job pass. */
export function withProviderTimeout(provider: PaymentProvider, ms: number): PaymentProvider {
  const timed = <T>(work: Promise<T>) => {
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new ProviderTimeoutError(provider.name)), ms);
    });
    return Promise.race([work, deadline]).finally(() => clearTimeout(timer));
  };
  return {
    name: provider.name,
    charge: (request) => timed(provider.charge(request)),
    saveMethod: (request) => timed(provider.saveMethod(request)),
  };
}
