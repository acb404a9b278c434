import { staffProcedure } from "@/server/api/trpc";
import { CONTENT_STAFF_ROLES } from "@/server/domain/content/content-staff";
import { createHint } from "@/server/domain/hints/manage-hints";
import { hintInputSchema } from "@/server/domain/hints/hint-input";

export const create = staffProcedure(...CONTENT_STAFF_ROLES)
  .input(hintInputSchema)
  .mutation(({ ctx, input }) => createHint(ctx.db, ctx.principal, input));
