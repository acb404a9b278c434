import { cookies } from "next/headers";
import { getPrincipal } from "@/server/auth/session";
import { chatPartyFrom, type ChatParty } from "@/server/domain/chat/chat-party";
import { isAppError } from "@/server/domain/errors";
import { logger } from "@/server/log";
import { readVisitorSessionKey, VISITOR_SESSION_COOKIE } from "@/server/visitor-session";
import { problem } from "./request-guard";

const statusFor: Record<string, number> = { NOT_FOUND: 404, UNAUTHENTICATED: 401, FORBIDDEN: 403, INVALID_INPUT: 400, CHAT_CLOSED: 409 };

/** The chat party of this request's session: signed-in principal, or visitor by browser session; null when neither. */
export async function currentChatParty(): Promise<ChatParty | null> {
  const principal = await getPrincipal();
  const visitor = readVisitorSessionKey((await cookies()).get(VISITOR_SESSION_COOKIE)?.value);
  return principal || visitor ? chatPartyFrom(principal, visitor) : null;
}

/** Runs a chat file request as the session's chat party; domain refusals become status codes, never stack traces. */
export async function requestChatParty(handle: (party: ChatParty) => Promise<Response>): Promise<Response> {
  const party = await currentChatParty();
  if (!party) return problem("UNAUTHENTICATED", 401);
  try {
    return await handle(party);
  } catch (error) {
    if (isAppError(error)) return problem(error.code, statusFor[error.code] ?? 400);
    logger.error({ error: String(error) }, "chat file request failed");
    return problem("INTERNAL", 500);
  }
}
