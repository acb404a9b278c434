import { subscriberProcedure } from "@/server/api/trpc";
import { listAccountOptions } from "@/server/domain/options/list-account-options";

export const list = subscriberProcedure.query(({ ctx }) => listAccountOptions(ctx.db, ctx.principal.accountId));
