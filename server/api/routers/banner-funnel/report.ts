import { z } from "zod";
import { staffProcedure } from "@/server/api/trpc";
import { bannerFunnelRange, getBannerFunnelReport } from "@/server/domain/banners/banner-funnel";
import { metricsPeriodInput } from "@/server/domain/metrics/metrics-range";

/** A banner's funnel for a period of Moscow days (default: the last 30); without a banner, the newest one. */
export const report = staffProcedure("MARKETER", "ADMIN")
  .input(z.object({ bannerId: z.string().min(1).max(64).optional() }).and(metricsPeriodInput))
  .query(({ ctx, input }) =>
    getBannerFunnelReport(ctx.db, { bannerId: input.bannerId, range: bannerFunnelRange(input, new Date()) }),
  );
