import { z } from "zod";
import { publicProcedure } from "@/server/api/trpc";
import { giveActionConsent } from "@/server/domain/chat/action-consent";
import { toChatStateView } from "@/server/domain/chat/chat-events";
import { entityId } from "../shared-inputs";
import { partyOf } from "./party";

/** The subscriber's "allow" to the operator's request to make changes for them. */
export const giveConsent = publicProcedure
  .input(z.object({ chatId: entityId }))
  .mutation(async ({ ctx, input }) =>
    toChatStateView(await giveActionConsent(ctx.db, ctx.realtime, { chatId: input.chatId, party: partyOf(ctx) })),
  );
