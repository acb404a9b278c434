import { z } from "zod";
import { staffProcedure } from "@/server/api/trpc";
import { CONTENT_STAFF_ROLES } from "@/server/domain/content/content-staff";
import { getHintForEditing } from "@/server/domain/hints/list-hints";
import { entityId } from "../shared-inputs";

export const get = staffProcedure(...CONTENT_STAFF_ROLES)
  .input(z.object({ hintId: entityId }))
  .query(({ ctx, input }) => getHintForEditing(ctx.db, input.hintId));
