import { staffProcedure } from "@/server/api/trpc";
import { createStaff } from "@/server/domain/staff/create-staff";
import { newStaffSchema } from "@/server/domain/staff/staff-profile";

export const create = staffProcedure("ADMIN")
  .input(newStaffSchema)
  .mutation(({ ctx, input }) => createStaff(ctx.db, ctx.principal, input));
