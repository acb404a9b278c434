import { staffProcedure } from "@/server/api/trpc";
import { updateStaff } from "@/server/domain/staff/update-staff";
import { staffProfileSchema } from "@/server/domain/staff/staff-profile";
import { entityId } from "../shared-inputs";

export const update = staffProcedure("ADMIN")
  .input(staffProfileSchema.extend({ staffId: entityId }))
  .mutation(({ ctx, input }) => updateStaff(ctx.db, ctx.principal, input));
