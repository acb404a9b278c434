import { staffProcedure } from "@/server/api/trpc";
import { createTariff as create } from "@/server/domain/catalogue/create-tariff";
import { newTariffSchema } from "@/server/domain/catalogue/catalogue-input";

export const createTariff = staffProcedure("ADMIN")
  .input(newTariffSchema)
  .mutation(({ ctx, input }) => create(ctx.db, ctx.principal, input));
