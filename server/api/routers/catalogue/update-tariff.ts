import { staffProcedure } from "@/server/api/trpc";
import { updateTariff as update } from "@/server/domain/catalogue/update-tariff";
import { tariffUpdateSchema } from "@/server/domain/catalogue/catalogue-input";

export const updateTariff = staffProcedure("ADMIN")
  .input(tariffUpdateSchema)
  .mutation(({ ctx, input }) => update(ctx.db, ctx.principal, input));
