import { z } from "zod";
import { staffProcedure } from "@/server/api/trpc";
import { requestActionConsent } from "@/server/domain/chat/action-consent";
import { entityId } from "../shared-inputs";

export const requestConsent = staffProcedure("OPERATOR")
  .input(z.object({ chatId: entityId }))
  .mutation(({ ctx, input }) =>
    requestActionConsent(ctx.db, ctx.realtime, { chatId: input.chatId, staffId: ctx.principal.staffId }),
  );
