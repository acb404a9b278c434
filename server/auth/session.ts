import "server-only";
import { cache } from "react";
import { cookies } from "next/headers";
import { forbidden, redirect } from "next/navigation";
import { getServerSession } from "next-auth";
import { getToken } from "next-auth/jwt";
import { getDb } from "@/server/db";
import type { StaffRole } from "@/server/generated/prisma/enums";
import type { Principal, StaffPrincipal, SubscriberPrincipal } from "./principal";
import type { SessionPrincipalRef } from "./next-auth";
import { authOptions } from "./options";
import { resolvePrincipal } from "./resolve-principal";
import { createSessionTokenCache, sessionCookieKey } from "./session-token-cache";

const sessionTokens = createSessionTokenCache<SessionPrincipalRef>();

/** The signed-in principal for this request, checked against the database; null when signed out. */
export const getPrincipal = cache(async (): Promise<Principal | null> => {
  return resolvePrincipal(getDb(), await readSessionPrincipal());
});

/**
 * The session cookie's principal reference. Read with getToken (decrypt and check expiry):
 * getServerSession would also run next-auth's whole session handler and re-sign the cookie
 * on every request, which server components cannot even send back — a tenth of a chat
 * message's CPU. `next dev` without NEXTAUTH_SECRET has only next-auth's derived secret.
 */
async function readSessionPrincipal() {
  const secret = process.env.NEXTAUTH_SECRET;
  if (!secret) return (await getServerSession(authOptions))?.principal;
  const jar = Object.fromEntries((await cookies()).getAll().map((cookie) => [cookie.name, cookie.value]));
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

/** Pages for subscribers: signed-out people go to the login page, staff get 403. */
export async function requireSubscriber(returnTo: string): Promise<SubscriberPrincipal> {
  const principal = await getPrincipal();
  if (!principal) redirect(`/login?callbackUrl=${encodeURIComponent(returnTo)}`);
  if (principal.kind !== "subscriber") forbidden();
  return principal;
}

/** Pages for staff: signed-out people go to the login page, anyone without one of the roles gets 403. */
export async function requireStaffWithRole(returnTo: string, roles?: readonly StaffRole[]): Promise<StaffPrincipal> {
  const principal = await getPrincipal();
  if (!principal) redirect(`/login?callbackUrl=${encodeURIComponent(returnTo)}`);
  if (principal.kind !== "staff") forbidden();
  if (roles && !principal.roles.some((r) => roles.includes(r))) forbidden();
  return principal;
}
