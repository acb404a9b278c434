import { z } from "zod";
import { staffProcedure } from "@/server/api/trpc";
import { resolveFollowUp } from "@/server/domain/follow-ups/resolve-follow-up";
import { followUpOutcomes } from "@/server/domain/follow-ups/follow-up-filters";
import { resolutionComment } from "@/server/domain/follow-ups/resolution-comment";
import { entityId } from "../shared-inputs";

/** Closes a follow-up with a note and an outcome (a compensation within the limit is credited to the ledger). */
export const resolve = staffProcedure("SUPERVISOR", "ADMIN")
  .input(
    z.object({
      followUpId: entityId,
      comment: resolutionComment,
      state: z.enum(["RESOLVED", "UNREACHABLE"]).optional(),
      outcome: z.enum(followUpOutcomes).nullish(),
      compensationRub: z.number().int().min(1).max(100_000).nullish(),
      notifySubscriber: z.boolean().optional(),
    }),
  )
  .mutation(({ ctx, input }) => resolveFollowUp(ctx.db, ctx.principal, input));
