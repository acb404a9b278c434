import type { TrpcContext } from "@/server/api/trpc";
import { chatPartyFrom } from "@/server/domain/chat/chat-party";

/** The chat party behind a request: subscriber, staff, or a visitor by browser session. */
export const partyOf = (ctx: TrpcContext) => chatPartyFrom(ctx.principal, ctx.visitorSessionKey);
