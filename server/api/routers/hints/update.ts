import { staffProcedure } from "@/server/api/trpc";
import { CONTENT_STAFF_ROLES } from "@/server/domain/content/content-staff";
import { updateHint } from "@/server/domain/hints/manage-hints";
import { hintUpdateSchema } from "@/server/domain/hints/hint-input";

export const update = staffProcedure(...CONTENT_STAFF_ROLES)
  .input(hintUpdateSchema)
  .mutation(({ ctx, input }) => updateHint(ctx.db, ctx.principal, input));
