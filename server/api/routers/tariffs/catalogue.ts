import { subscriberProcedure } from "@/server/api/trpc";
import { getTariffCatalogue } from "@/server/domain/tariffs/get-tariff-catalogue";

export const catalogue = subscriberProcedure.query(({ ctx }) => getTariffCatalogue(ctx.db, ctx.principal.accountId));
