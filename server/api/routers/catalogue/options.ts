import { staffProcedure } from "@/server/api/trpc";
import { listAdminOptions } from "@/server/domain/catalogue/list-catalogue";

/** Every option with its compatibility and inclusion lists: administrators only. */
export const options = staffProcedure("ADMIN").query(({ ctx }) => listAdminOptions(ctx.db));
