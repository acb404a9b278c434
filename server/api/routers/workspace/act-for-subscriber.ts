import { z } from "zod";
import { staffProcedure } from "@/server/api/trpc";
import { actForSubscriber as actForSubscriberInDomain } from "@/server/domain/chat/workspace/act-for-subscriber";
import { entityId, idempotencyKey } from "../shared-inputs";

/** Tariff change or option connection for the chat's subscriber, with their consent. */
export const actForSubscriber = staffProcedure("OPERATOR")
  .input(
    z.object({
      chatId: entityId,
      idempotencyKey,
      change: z.discriminatedUnion("kind", [
        z.object({ kind: z.literal("tariff"), tariffId: entityId }),
        z.object({ kind: z.literal("option"), optionId: entityId, replace: z.boolean().default(false) }),
      ]),
    }),
  )
  .mutation(async ({ ctx, input }) => {
    const change = await actForSubscriberInDomain(ctx.db, ctx.realtime, { ...input, principal: ctx.principal });
    return { id: change.id, kind: change.kind, status: change.status };
  });
