import { createTRPCRouter } from "@/server/api/trpc";
import { listRecentMessagesProcedure } from "./list-recent-messages";

export const devOutboxRouter = createTRPCRouter({
  recent: listRecentMessagesProcedure,
});
