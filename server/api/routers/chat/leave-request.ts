import { z } from "zod";
import { publicProcedure } from "@/server/api/trpc";
import { leaveRequest as leaveChatRequest } from "@/server/domain/chat/leave-request";
import { toChatStateView } from "@/server/domain/chat/chat-events";
import { entityId } from "../shared-inputs";
import { partyOf } from "./party";

export const leaveRequest = publicProcedure
  .input(z.object({ chatId: entityId }))
  .mutation(async ({ ctx, input }) =>
    toChatStateView(await leaveChatRequest(ctx.db, ctx.realtime, { party: partyOf(ctx), chatId: input.chatId })),
  );
