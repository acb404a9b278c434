import { z } from "zod";
import { staffProcedure } from "@/server/api/trpc";
import { listCannedResponses } from "@/server/domain/chat/workspace/list-canned-responses";
import { partyOf } from "../chat/party";
import { entityId } from "../shared-inputs";

export const cannedResponses = staffProcedure("OPERATOR", "SUPERVISOR")
  .input(z.object({ chatId: entityId }))
  .query(({ ctx, input }) => listCannedResponses(ctx.db, partyOf(ctx), input.chatId, ctx.locale));
