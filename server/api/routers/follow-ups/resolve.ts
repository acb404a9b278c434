import { z } from "zod";
import { staffProcedure } from "@/server/api/trpc";
import { resolveFollowUp } from "@/server/domain/follow-ups/resolve-follow-up";
import { resolutionComment } from "@/server/domain/follow-ups/resolution-comment";
import { entityId } from "../shared-inputs";

export const resolve = staffProcedure("SUPERVISOR", "ADMIN")
  .input(z.object({ followUpId: entityId, comment: resolutionComment }))
  .mutation(({ ctx, input }) => resolveFollowUp(ctx.db, ctx.principal, input));
