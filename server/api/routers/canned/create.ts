import { staffProcedure } from "@/server/api/trpc";
import { CANNED_EDITOR_ROLES } from "@/server/domain/canned/canned-editors";
import { createCanned } from "@/server/domain/canned/manage-canned";
import { cannedInputSchema } from "@/server/domain/canned/canned-input";

export const create = staffProcedure(...CANNED_EDITOR_ROLES)
  .input(cannedInputSchema)
  .mutation(({ ctx, input }) => createCanned(ctx.db, ctx.principal, input));
