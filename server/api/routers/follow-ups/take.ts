import { z } from "zod";
import { staffProcedure } from "@/server/api/trpc";
import { takeFollowUp } from "@/server/domain/follow-ups/resolve-follow-up";
import { entityId } from "../shared-inputs";

/** Open → in progress, with the supervisor who took it. */
export const take = staffProcedure("SUPERVISOR", "ADMIN")
  .input(z.object({ followUpId: entityId }))
  .mutation(({ ctx, input }) => takeFollowUp(ctx.db, ctx.principal, input));
