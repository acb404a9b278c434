import { getPrincipal } from "@/server/auth/session";
import { hasAnyRole, type StaffPrincipal } from "@/server/auth/principal";
import type { StaffRole } from "@/server/generated/prisma/enums";
import { errorResponse } from "./error-response";

/**
 * For route handlers (downloads, uploads) that staff with one of `roles` may use: the principal,
 * or the answer to send instead (401 signed out, 403 otherwise), as JSON rather than a redirect.
 */
export async function staffForRoute(roles: readonly StaffRole[]): Promise<StaffPrincipal | Response> {
  const principal = await getPrincipal();
  if (!principal) return errorResponse("UNAUTHENTICATED");
  if (principal.kind !== "staff" || !hasAnyRole(principal, roles)) return errorResponse("FORBIDDEN");
  return principal;
}
