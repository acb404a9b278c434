import { createHash, timingSafeEqual } from "node:crypto";
import { hasAnyRole, type Principal } from "@/server/auth/principal";

const sha256 = (text: string) => createHash("sha256").update(text).digest();

/** `Authorization: Bearer <token>` against the configured token; equal-length digests make the comparison constant-time. */
export function bearerTokenMatches(authorization: string | null, configuredToken: string | undefined): boolean {
  if (!configuredToken || !authorization) return false;
  const presented = /^Bearer\s+(\S+)\s*$/i.exec(authorization)?.[1];
  return presented !== undefined && timingSafeEqual(sha256(presented), sha256(configuredToken));
}

/**
 * A scraper with the token, or a signed-in admin or supervisor (looked up only without a valid token).
 * Without a configured token only those staff may read.
 */
export async function mayReadMetrics(
  authorization: string | null,
  configuredToken: string | undefined,
  loadPrincipal: () => Promise<Principal | null>,
): Promise<boolean> {
  if (bearerTokenMatches(authorization, configuredToken)) return true;
  return hasAnyRole(await loadPrincipal(), ["ADMIN", "SUPERVISOR"]);
}
