import { z } from "zod";
import { publicProcedure } from "@/server/api/trpc";
import { attachEscalation as attachEscalationToChat } from "@/server/domain/chat/attach-escalation";
import { toChatStateView } from "@/server/domain/chat/chat-events";
import { entityId } from "../shared-inputs";
import { partyOf } from "./party";

/** "Ask in chat" on a hint while the chat is open: the chat takes the hint's context. */
export const attachEscalation = publicProcedure
  .input(z.object({ chatId: entityId, intentId: entityId }))
  .mutation(async ({ ctx, input }) =>
    toChatStateView(await attachEscalationToChat(ctx.db, ctx.realtime, { ...input, party: partyOf(ctx) })),
  );
