import { z } from "zod";
import { staffProcedure } from "@/server/api/trpc";
import { listMessageDeliveries } from "@/server/domain/channels/message-deliveries";
import { partyOf } from "../chat/party";
import { entityId } from "../shared-inputs";

/** Sent / delivered / failed for each message of a messenger chat, and whether its contact blocked the bot. */
export const deliveries = staffProcedure("OPERATOR", "SUPERVISOR")
  .input(z.object({ chatId: entityId }))
  .query(({ ctx, input }) => listMessageDeliveries(ctx.db, partyOf(ctx), input.chatId));
