import { z } from "zod";
import { staffProcedure } from "@/server/api/trpc";
import { getFollowUp } from "@/server/domain/follow-ups/get-follow-up";
import { entityId } from "../shared-inputs";

/** One follow-up with the whole transcript and the subscriber's context. */
export const get = staffProcedure("SUPERVISOR", "ADMIN")
  .input(z.object({ followUpId: entityId }))
  .query(({ ctx, input }) => getFollowUp(ctx.db, input));
