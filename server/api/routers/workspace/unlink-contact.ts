import { z } from "zod";
import { staffProcedure } from "@/server/api/trpc";
import { siteUrl } from "@/server/channels/channel-runtime";
import { dispatchChatsNow } from "@/server/domain/chat/assignment/dispatch-now";
import { unlinkChatContact } from "@/server/domain/channels/contact-unlink";
import { partyOf } from "../chat/party";
import { entityId } from "../shared-inputs";

/** The chat's operator or a supervisor unlinks its messenger contact from the subscriber account; audited. */
export const unlinkContact = staffProcedure("OPERATOR", "SUPERVISOR")
  .input(z.object({ chatId: entityId }))
  .mutation(async ({ ctx, input }) => {
    const result = await unlinkChatContact(ctx.db, ctx.realtime, {
      party: partyOf(ctx),
      actor: ctx.principal,
      chatId: input.chatId,
      siteUrl: siteUrl(),
    });
    // The chat ended: its operator has a free slot now.
    await dispatchChatsNow(ctx.db, ctx.realtime);
    return result;
  });
