import { z } from "zod";
import { publicProcedure } from "@/server/api/trpc";
import { startChat } from "@/server/domain/chat/start-chat";
import { toChatStateView } from "@/server/domain/chat/chat-events";
import { entityId } from "../shared-inputs";
import { dispatchChatsNow } from "@/server/domain/chat/assignment/dispatch-now";
import { getChatStartLimiters } from "@/server/chat-limiters";
import { partyOf } from "./party";

export const startChatInput = z.object({
  kind: z.enum(["SUPPORT", "SALES"]).default("SUPPORT"),
  channel: z.enum(["WEB", "MOBILE_WEB"]).default("WEB"),
  page: z
    .string()
    .max(64)
    .regex(/^[\w./-]+$/)
    .optional(),
  intentId: entityId.optional(),
  topic: z.string().trim().max(120).optional(),
  bannerId: entityId.optional(),
  visitor: z
    .object({
      name: z.string().trim().max(100).optional(),
      phone: z.string().trim().max(30).optional(),
      consent: z.boolean(),
    })
    .optional(),
});

export const start = publicProcedure.input(startChatInput).mutation(async ({ ctx, input }) => {
  const chat = await startChat(ctx.db, ctx.realtime, {
    ...input,
    party: partyOf(ctx),
    locale: ctx.locale,
    sessionKey: ctx.visitorSessionKey,
    admission: { limiters: getChatStartLimiters(), clientAddress: ctx.ip },
  });
  // Sales chats skip the bot and wait for an operator at once.
  if (chat.state === "QUEUED") await dispatchChatsNow(ctx.db, ctx.realtime);
  return toChatStateView(chat);
});
