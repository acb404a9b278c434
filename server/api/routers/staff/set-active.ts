import { z } from "zod";
import { staffProcedure } from "@/server/api/trpc";
import { setStaffActive } from "@/server/domain/staff/set-staff-active";
import { entityId } from "../shared-inputs";

export const setActive = staffProcedure("ADMIN")
  .input(z.object({ staffId: entityId, active: z.boolean() }))
  .mutation(({ ctx, input }) => setStaffActive(ctx.db, ctx.principal, input));
