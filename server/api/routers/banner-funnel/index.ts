import { createTRPCRouter } from "@/server/api/trpc";
import { report } from "./report";

export const bannerFunnelRouter = createTRPCRouter({ report });
