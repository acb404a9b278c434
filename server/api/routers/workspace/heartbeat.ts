import { z } from "zod";
import { staffProcedure } from "@/server/api/trpc";
import { reportOperatorPresence } from "@/server/domain/chat/assignment/operator-presence";
import { dispatchChatsNow } from "@/server/domain/chat/assignment/dispatch-now";

/** The workspace's heartbeat with the operator's chosen status. */
export const heartbeat = staffProcedure("OPERATOR")
  .input(z.object({ presence: z.enum(["ONLINE", "AWAY", "OFFLINE"]) }))
  .mutation(async ({ ctx, input }) => {
    const result = await reportOperatorPresence(ctx.db, ctx.realtime, {
      staffId: ctx.principal.staffId,
      presence: input.presence,
    });
    if (input.presence === "ONLINE") await dispatchChatsNow(ctx.db, ctx.realtime);
    return result;
  });
