import { z } from "zod";
import { staffProcedure } from "@/server/api/trpc";
import { takeChat } from "@/server/domain/chat/take-chat";
import { toChatStateView } from "@/server/domain/chat/chat-events";
import { entityId } from "../shared-inputs";

export const take = staffProcedure("OPERATOR")
  .input(z.object({ chatId: entityId }))
  .mutation(async ({ ctx, input }) =>
    toChatStateView(await takeChat(ctx.db, ctx.realtime, { chatId: input.chatId, staffId: ctx.principal.staffId })),
  );
