import { z } from "zod";
import { publicProcedure } from "@/server/api/trpc";
import { unsubscribeChatPush } from "@/server/domain/notifications/subscribe-push";
import { partyOf } from "./party";

export const unsubscribePush = publicProcedure
  .input(z.object({ endpoint: z.string().max(2_000) }))
  .mutation(({ ctx, input }) => unsubscribeChatPush(ctx.db, { party: partyOf(ctx), endpoint: input.endpoint }));
