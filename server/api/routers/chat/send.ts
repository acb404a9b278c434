import { z } from "zod";
import { publicProcedure } from "@/server/api/trpc";
import { MAX_MESSAGE_LENGTH, sendChatMessage } from "@/server/domain/chat/send-message";
import { entityId } from "../shared-inputs";
import { dispatchChatsNow } from "@/server/domain/chat/assignment/dispatch-now";
import { getChatSendLimiter } from "@/server/chat-limiters";
import { recordChatDelivery } from "@/server/observability/chat-delivery-timing";
import { partyOf } from "./party";

export const send = publicProcedure
  .input(
    z.object({
      chatId: entityId,
      text: z.string().trim().min(1).max(MAX_MESSAGE_LENGTH),
      clientId: z
        .string()
        .min(8)
        .max(64)
        .regex(/^[\w-]+$/),
      isInternal: z.boolean().default(false),
    }),
  )
  .mutation(({ ctx, input }) =>
    sendChatMessage(
      ctx.db,
      { events: ctx.realtime, limiter: getChatSendLimiter(), onDelivered: recordChatDelivery },
      {
        ...input,
        party: partyOf(ctx),
        onQueued: () => dispatchChatsNow(ctx.db, ctx.realtime),
      },
    ),
  );
