import { staffProcedure } from "@/server/api/trpc";
import { CANNED_EDITOR_ROLES } from "@/server/domain/canned/canned-editors";
import { updateCanned } from "@/server/domain/canned/manage-canned";
import { cannedUpdateSchema } from "@/server/domain/canned/canned-input";

export const update = staffProcedure(...CANNED_EDITOR_ROLES)
  .input(cannedUpdateSchema)
  .mutation(({ ctx, input }) => updateCanned(ctx.db, ctx.principal, input));
