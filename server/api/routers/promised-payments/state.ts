import { subscriberProcedure } from "@/server/api/trpc";
import { env } from "@/server/env.mjs";
import { getPromisedPaymentState } from "@/server/domain/promised-payments/get-promised-payment";
import { promisedPaymentRulesFrom } from "@/server/domain/promised-payments/promised-payment-rules";

/** The subscriber's open promised payment, if any, and what they may take now. */
export const state = subscriberProcedure.query(({ ctx }) =>
  getPromisedPaymentState(ctx.db, ctx.principal.accountId, promisedPaymentRulesFrom(env()), new Date()),
);
