import { z } from "zod";
import { publicProcedure } from "@/server/api/trpc";
import { markChatRead } from "@/server/domain/chat/read-chat";
import { entityId } from "../shared-inputs";
import { partyOf } from "./party";

export const markRead = publicProcedure
  .input(z.object({ chatId: entityId, upToSeq: z.number().int().min(0) }))
  .mutation(({ ctx, input }) => markChatRead(ctx.db, ctx.realtime, partyOf(ctx), input.chatId, input.upToSeq));
