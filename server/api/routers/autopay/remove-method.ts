import { subscriberProcedure } from "@/server/api/trpc";
import { switchOffAutopay } from "@/server/domain/autopay/autopay-settings";

/** Forgets the saved card, which switches autopay off. */
export const removeMethod = subscriberProcedure.mutation(({ ctx }) =>
  switchOffAutopay(ctx.db, {
    accountId: ctx.principal.accountId,
    actor: { principal: ctx.principal, ip: ctx.ip },
    removeMethod: true,
  }),
);
