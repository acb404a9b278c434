import { z } from "zod";
import { publicProcedure } from "@/server/api/trpc";
import { listChatMessages } from "@/server/domain/chat/read-chat";
import { entityId } from "../shared-inputs";
import { partyOf } from "./party";

export const messages = publicProcedure
  .input(z.object({ chatId: entityId, afterSeq: z.number().int().min(0).default(0) }))
  .query(({ ctx, input }) => listChatMessages(ctx.db, partyOf(ctx), input.chatId, input.afterSeq));
