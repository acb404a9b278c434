import { z } from "zod";
import { staffProcedure } from "@/server/api/trpc";
import { CONTENT_STAFF_ROLES } from "@/server/domain/content/content-staff";
import { setHintArchived } from "@/server/domain/hints/manage-hints";
import { entityId } from "../shared-inputs";

export const setArchived = staffProcedure(...CONTENT_STAFF_ROLES)
  .input(z.object({ hintId: entityId, archived: z.boolean(), version: z.number().int().min(1) }))
  .mutation(({ ctx, input }) => setHintArchived(ctx.db, ctx.principal, input));
