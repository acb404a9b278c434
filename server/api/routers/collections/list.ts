import { z } from "zod";
import { staffProcedure } from "@/server/api/trpc";
import { listAtRisk } from "@/server/domain/collections/list-at-risk";

/** Accounts forecast to go below zero by the next charge or to be blocked soon: supervisors and administrators. */
export const list = staffProcedure("SUPERVISOR", "ADMIN")
  .input(z.object({ reason: z.enum(["NEGATIVE_BEFORE_CHARGE", "BLOCK_SOON"]).optional() }))
  .query(({ ctx, input }) => listAtRisk(ctx.db, input));
