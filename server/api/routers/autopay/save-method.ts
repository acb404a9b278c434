import { subscriberProcedure } from "@/server/api/trpc";
import { env } from "@/server/env.mjs";
import { autopayRulesFrom } from "@/server/domain/autopay/autopay-rules";
import { savePaymentMethod } from "@/server/domain/autopay/autopay-settings";
import { getPaymentProvider, withProviderTimeout } from "@/server/domain/payments/payment-provider";

/** Saves the card entered at the provider (the demo's test card), replacing any saved before. */
export const saveMethod = subscriberProcedure.mutation(({ ctx }) =>
  savePaymentMethod(ctx.db, withProviderTimeout(getPaymentProvider(), autopayRulesFrom(env()).chargeTimeoutMs), {
    accountId: ctx.principal.accountId,
    actor: { principal: ctx.principal, ip: ctx.ip },
  }),
);
