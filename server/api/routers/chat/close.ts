import { z } from "zod";
import { publicProcedure } from "@/server/api/trpc";
import { closeChat } from "@/server/domain/chat/close-chat";
import { toChatStateView } from "@/server/domain/chat/chat-events";
import { entityId } from "../shared-inputs";
import { dispatchChatsNow } from "@/server/domain/chat/assignment/dispatch-now";
import { partyOf } from "./party";

export const close = publicProcedure.input(z.object({ chatId: entityId })).mutation(async ({ ctx, input }) => {
  const chat = await closeChat(ctx.db, ctx.realtime, { party: partyOf(ctx), chatId: input.chatId });
  // The operator has a free slot now.
  if (chat.operatorId) await dispatchChatsNow(ctx.db, ctx.realtime);
  return toChatStateView(chat);
});
