import { z } from "zod";
import { publicProcedure } from "@/server/api/trpc";
import { subscribeChatPush } from "@/server/domain/notifications/subscribe-push";
import { entityId } from "../shared-inputs";
import { partyOf } from "./party";

const base64url = z
  .string()
  .regex(/^[A-Za-z0-9_-]+={0,2}$/)
  .max(200);

/** The browser's PushSubscription (its toJSON()), for the chat the caller owns. */
export const subscribePush = publicProcedure
  .input(
    z.object({
      chatId: entityId,
      subscription: z.object({
        endpoint: z.url({ protocol: /^https?$/ }).max(2_000),
        keys: z.object({ p256dh: base64url, auth: base64url }),
      }),
    }),
  )
  .mutation(({ ctx, input }) =>
    subscribeChatPush(ctx.db, {
      party: partyOf(ctx),
      chatId: input.chatId,
      subscription: { endpoint: input.subscription.endpoint, ...input.subscription.keys },
    }),
  );
