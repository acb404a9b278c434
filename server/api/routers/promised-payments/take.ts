import { z } from "zod";
import { subscriberProcedure } from "@/server/api/trpc";
import { env } from "@/server/env.mjs";
import { promisedPaymentRulesFrom } from "@/server/domain/promised-payments/promised-payment-rules";
import { takePromisedPayment } from "@/server/domain/promised-payments/take-promised-payment";
import { idempotencyKey } from "../shared-inputs";

/** Takes a promised payment on the signed-in subscriber's own account; the domain checks the offer's bounds. */
export const take = subscriberProcedure
  .input(z.object({ amount: z.number().int().min(1).max(10_000_000), idempotencyKey }))
  .mutation(({ ctx, input }) =>
    takePromisedPayment(ctx.db, promisedPaymentRulesFrom(env()), {
      accountId: ctx.principal.accountId,
      amount: input.amount,
      idempotencyKey: input.idempotencyKey,
      actor: { principal: ctx.principal, ip: ctx.ip },
    }),
  );
