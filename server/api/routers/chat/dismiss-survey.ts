import { z } from "zod";
import { publicProcedure } from "@/server/api/trpc";
import { dismissSurvey as dismiss } from "@/server/domain/chat/rate-chat";
import { entityId } from "../shared-inputs";
import { partyOf } from "./party";

/** "Not now": the survey is not asked again for this chat. */
export const dismissSurvey = publicProcedure
  .input(z.object({ chatId: entityId }))
  .mutation(({ ctx, input }) => dismiss(ctx.db, { ...input, party: partyOf(ctx) }));
