import { staffProcedure } from "@/server/api/trpc";
import { listAdminTariffs } from "@/server/domain/catalogue/list-catalogue";

/** Every tariff with its accounts and scheduled fees: administrators only. */
export const tariffs = staffProcedure("ADMIN").query(({ ctx }) => listAdminTariffs(ctx.db));
