import { z } from "zod";
import { subscriberProcedure } from "@/server/api/trpc";
import { getPaymentProvider } from "@/server/domain/payments/payment-provider";
import { MAX_TOP_UP, MIN_TOP_UP } from "@/server/domain/payments/top-up-amount";
import { topUpBalance } from "@/server/domain/payments/top-up-balance";
import { idempotencyKey, pageKey } from "../shared-inputs";

/** Tops up the signed-in subscriber's own balance; a declined card is a result (status FAILED), not an error. */
export const topUp = subscriberProcedure
  .input(z.object({ amount: z.number().int().min(MIN_TOP_UP).max(MAX_TOP_UP), idempotencyKey, page: pageKey }))
  .mutation(({ ctx, input }) =>
    topUpBalance(ctx.db, getPaymentProvider(), {
      accountId: ctx.principal.accountId,
      amount: input.amount,
      idempotencyKey: input.idempotencyKey,
      actor: { principal: ctx.principal, page: input.page, ip: ctx.ip },
    }),
  );
