import { staffProcedure } from "@/server/api/trpc";
import { listStaff } from "@/server/domain/staff/list-staff";

/** Staff accounts: administrators only. */
export const list = staffProcedure("ADMIN").query(({ ctx }) => listStaff(ctx.db));
