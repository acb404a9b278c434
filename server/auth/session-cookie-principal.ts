import { getToken } from "next-auth/jwt";
import { getDb } from "@/server/db";
import type { Principal } from "./principal";
import type { SessionPrincipalRef } from "./next-auth";
import { resolvePrincipal } from "./resolve-principal";
import { createSessionTokenCache, sessionCookieKey } from "./session-token-cache";

type SessionTokens = ReturnType<typeof createSessionTokenCache<SessionPrincipalRef>>;

// One cache per process: Next's layers and the app server's own bundle (server/cli/app-front.ts) each load this module.
const globalForSessions = globalThis as unknown as { portalSessionTokens?: SessionTokens };
const sessionTokens = (globalForSessions.portalSessionTokens ??= createSessionTokenCache<SessionPrincipalRef>());

/**
 * The session cookie's principal reference, read with getToken (decrypt and check expiry). getServerSession
 * would also run next-auth's whole session handler and re-sign the cookie on every request, which server
 * components cannot even send back: a tenth of a chat message's CPU. Needs nothing of Next's request scope.
 */
export async function readSessionPrincipal(
  jar: Record<string, string>,
  secret: string,
): Promise<SessionPrincipalRef | undefined> {
  const key = sessionCookieKey(jar);
  if (!key) return undefined;
  return sessionTokens.read(key, async () => {
    const token = await getToken({
      req: { cookies: jar, headers: {} } as unknown as Parameters<typeof getToken>[0]["req"],
      secret,
    });
    return token && { principal: token.principal, exp: typeof token.exp === "number" ? token.exp : undefined };
  });
}

/** The signed-in principal of a cookie jar, checked against the database; null when signed out. */
export async function principalOfCookies(jar: Record<string, string>, secret: string): Promise<Principal | null> {
  return resolvePrincipal(getDb(), await readSessionPrincipal(jar, secret));
}
