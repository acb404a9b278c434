import { cookies } from "next/headers";
import { getPrincipal } from "@/server/auth/session";
import { chatPartyFrom, type ChatParty } from "@/server/domain/chat/chat-party";
import { readVisitorSessionKey, VISITOR_SESSION_COOKIE } from "@/server/visitor-session";
import { answerErrors, errorResponse } from "./error-response";

/** The chat party of this request's session: signed-in principal, or visitor by browser session; null when neither. */
export async function currentChatParty(): Promise<ChatParty | null> {
  const principal = await getPrincipal();
  const visitor = readVisitorSessionKey((await cookies()).get(VISITOR_SESSION_COOKIE)?.value);
  return principal || visitor ? chatPartyFrom(principal, visitor) : null;
}

/** Runs a chat file request as the session's chat party; domain refusals get their status from the error table, never a stack trace. */
export async function requestChatParty(handle: (party: ChatParty) => Promise<Response>): Promise<Response> {
  const party = await currentChatParty();
  if (!party) return errorResponse("UNAUTHENTICATED");
  return answerErrors("chat file request failed", () => handle(party));
}
