import { publicProcedure } from "@/server/api/trpc";
import { env } from "@/server/env.mjs";
import { listRecentMessages } from "@/server/domain/outbox/list-recent-messages";

/** Demo mode only (NOT_FOUND otherwise): the latest outbox messages, so the demo's codes can be read. */
export const recent = publicProcedure.query(({ ctx }) => listRecentMessages(ctx.db, { demoMode: env().DEMO_MODE }));
