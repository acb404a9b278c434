import { z } from "zod";
import { publicProcedure } from "@/server/api/trpc";
import { rateBotChat } from "@/server/domain/chat/rate-chat";
import { entityId } from "../shared-inputs";
import { partyOf } from "./party";

/** "Did the bot help?" for a chat that never reached an operator. */
export const rateBot = publicProcedure
  .input(z.object({ chatId: entityId, helped: z.boolean() }))
  .mutation(({ ctx, input }) => rateBotChat(ctx.db, { ...input, party: partyOf(ctx) }));
