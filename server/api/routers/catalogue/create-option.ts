import { staffProcedure } from "@/server/api/trpc";
import { createOption as create } from "@/server/domain/catalogue/save-option";
import { newOptionSchema } from "@/server/domain/catalogue/catalogue-input";

export const createOption = staffProcedure("ADMIN")
  .input(newOptionSchema)
  .mutation(({ ctx, input }) => create(ctx.db, ctx.principal, input));
