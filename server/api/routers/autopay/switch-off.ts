import { subscriberProcedure } from "@/server/api/trpc";
import { switchOffAutopay } from "@/server/domain/autopay/autopay-settings";

export const switchOff = subscriberProcedure.mutation(({ ctx }) =>
  switchOffAutopay(ctx.db, { accountId: ctx.principal.accountId, actor: { principal: ctx.principal, ip: ctx.ip } }),
);
