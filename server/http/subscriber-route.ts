import { getPrincipal } from "@/server/auth/session";
import type { SubscriberPrincipal } from "@/server/auth/principal";
import { errorResponse } from "./error-response";

/**
 * For route handlers a subscriber uses for their own account (downloads): the principal, or the answer to send
 * instead (401 signed out, 403 for staff), as JSON rather than a redirect.
 */
export async function subscriberForRoute(): Promise<SubscriberPrincipal | Response> {
  const principal = await getPrincipal();
  if (!principal) return errorResponse("UNAUTHENTICATED");
  if (principal.kind !== "subscriber") return errorResponse("FORBIDDEN");
  return principal;
}
