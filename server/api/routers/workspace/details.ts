import { z } from "zod";
import { staffProcedure } from "@/server/api/trpc";
import { getChatDetails } from "@/server/domain/chat/workspace/get-chat-details";
import { partyOf } from "../chat/party";
import { entityId } from "../shared-inputs";

export const details = staffProcedure("OPERATOR", "SUPERVISOR")
  .input(z.object({ chatId: entityId }))
  .query(({ ctx, input }) => getChatDetails(ctx.db, partyOf(ctx), input.chatId));
