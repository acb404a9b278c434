import { staffProcedure } from "@/server/api/trpc";
import { getCollectionsReport } from "@/server/domain/collections/collections-report";

/** Recent reminders with their outcomes, and the daily amount at risk and recovered. */
export const report = staffProcedure("SUPERVISOR", "ADMIN").query(({ ctx }) => getCollectionsReport(ctx.db));
