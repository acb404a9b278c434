import { staffProcedure } from "@/server/api/trpc";
import { updateOption as update } from "@/server/domain/catalogue/save-option";
import { optionUpdateSchema } from "@/server/domain/catalogue/catalogue-input";

export const updateOption = staffProcedure("ADMIN")
  .input(optionUpdateSchema)
  .mutation(({ ctx, input }) => update(ctx.db, ctx.principal, input));
