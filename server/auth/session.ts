import "server-only";
import { cache } from "react";
import { cookies } from "next/headers";
import { forbidden, redirect } from "next/navigation";
import { getServerSession } from "next-auth";
import { getDb } from "@/server/db";
import type { StaffRole } from "@/server/generated/prisma/enums";
import type { Principal, StaffPrincipal, SubscriberPrincipal } from "./principal";
import { authOptions } from "./options";
import { resolvePrincipal } from "./resolve-principal";
import { principalOfCookies } from "./session-cookie-principal";

/** This request's cookies as Next sees them, name → value. */
export async function requestCookieJar(): Promise<Record<string, string>> {
  return Object.fromEntries((await cookies()).getAll().map((cookie) => [cookie.name, cookie.value]));
}

/**
 * The signed-in principal for this request, checked against the database; null when signed out.
 * `next dev` without NEXTAUTH_SECRET has only next-auth's derived secret, which getServerSession knows.
 */
export const getPrincipal = cache(async (): Promise<Principal | null> => {
  const secret = process.env.NEXTAUTH_SECRET;
  if (!secret) return resolvePrincipal(getDb(), (await getServerSession(authOptions))?.principal);
  return principalOfCookies(await requestCookieJar(), secret);
});

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
