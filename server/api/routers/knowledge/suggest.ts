import { z } from "zod";
import { staffProcedure } from "@/server/api/trpc";
import { suggestArticlesForChat } from "@/server/domain/knowledge/suggest-articles";
import { partyOf } from "../chat/party";
import { entityId } from "../shared-inputs";

/** Articles for the subscriber's last message; the chat's operator or a supervisor only. */
export const suggest = staffProcedure("OPERATOR", "SUPERVISOR")
  .input(z.object({ chatId: entityId }))
  .query(({ ctx, input }) => suggestArticlesForChat(ctx.db, partyOf(ctx), input.chatId, ctx.locale));
