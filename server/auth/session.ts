import "server-only";
import { cache } from "react";
import { forbidden, redirect } from "next/navigation";
import { getServerSession } from "next-auth";
import { getDb } from "@/server/db";
import type { StaffRole } from "@/server/generated/prisma/enums";
import type { Principal, StaffPrincipal, SubscriberPrincipal } from "./principal";
import { authOptions } from "./options";
import { resolvePrincipal } from "./resolve-principal";

/** The signed-in principal for this request, checked against the database; null when signed out. */
export const getPrincipal = cache(async (): Promise<Principal | null> => {
  const session = await getServerSession(authOptions);
  return resolvePrincipal(getDb(), session?.principal);
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
