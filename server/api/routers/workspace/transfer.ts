import { z } from "zod";
import { staffProcedure } from "@/server/api/trpc";
import { transferChat } from "@/server/domain/chat/assignment/transfer-chat";
import { toChatStateView } from "@/server/domain/chat/chat-events";
import { dispatchChatsNow } from "@/server/domain/chat/assignment/dispatch-now";
import { entityId } from "../shared-inputs";

export const transfer = staffProcedure("OPERATOR", "SUPERVISOR")
  .input(z.object({ chatId: entityId, toOperatorId: entityId.nullable(), note: z.string().trim().max(500) }))
  .mutation(async ({ ctx, input }) => {
    const chat = await transferChat(ctx.db, ctx.realtime, { ...input, by: ctx.principal });
    if (chat.state === "QUEUED") await dispatchChatsNow(ctx.db, ctx.realtime);
    return toChatStateView(chat);
  });
