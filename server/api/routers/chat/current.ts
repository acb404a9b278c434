import { publicProcedure } from "@/server/api/trpc";
import { getCurrentChat } from "@/server/domain/chat/read-chat";
import { partyOf } from "./party";

/** The widget's chat after a reload; null when there is none. Visitors without a session have none. */
export const current = publicProcedure.query(({ ctx }) => {
  if (!ctx.principal && !ctx.visitorSessionKey) return null;
  if (ctx.principal?.kind === "staff") return null;
  return getCurrentChat(ctx.db, ctx.realtime, partyOf(ctx));
});
