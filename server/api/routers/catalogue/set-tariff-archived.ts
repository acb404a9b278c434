import { staffProcedure } from "@/server/api/trpc";
import { setCatalogueArchived } from "@/server/domain/catalogue/set-catalogue-archived";
import { archiveSchema } from "@/server/domain/catalogue/catalogue-input";

export const setTariffArchived = staffProcedure("ADMIN")
  .input(archiveSchema)
  .mutation(({ ctx, input }) => setCatalogueArchived(ctx.db, ctx.principal, "tariff", input));
