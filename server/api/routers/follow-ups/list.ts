import { z } from "zod";
import { staffProcedure } from "@/server/api/trpc";
import { followUpReasons, followUpStatuses } from "@/server/domain/follow-ups/follow-up-filters";
import { listFollowUps } from "@/server/domain/follow-ups/list-follow-ups";

/** Follow-ups on low ratings and missed dialogs: supervisors and administrators. */
export const list = staffProcedure("SUPERVISOR", "ADMIN")
  .input(
    z.object({
      status: z.enum(followUpStatuses).default("open"),
      reason: z.enum(followUpReasons).optional(),
      page: z.number().int().min(1).max(10_000).default(1),
    }),
  )
  .query(({ ctx, input }) => listFollowUps(ctx.db, input));
