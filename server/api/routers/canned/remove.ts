import { z } from "zod";
import { staffProcedure } from "@/server/api/trpc";
import { CANNED_EDITOR_ROLES } from "@/server/domain/canned/canned-editors";
import { deleteCanned } from "@/server/domain/canned/manage-canned";
import { entityId } from "../shared-inputs";

export const remove = staffProcedure(...CANNED_EDITOR_ROLES)
  .input(z.object({ cannedId: entityId }))
  .mutation(({ ctx, input }) => deleteCanned(ctx.db, ctx.principal, input));
