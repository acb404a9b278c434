import { createTRPCRouter } from "@/server/api/trpc";
import { daily } from "./daily";
import { dailyOptIn } from "./daily-opt-in";
import { setDailyOptIn } from "./set-daily-opt-in";

export const reportsRouter = createTRPCRouter({ daily, dailyOptIn, setDailyOptIn });
