import type { Db } from "@/server/db-client";
import type { SessionPrincipalRef } from "./next-auth";
import type { Principal } from "./principal";

/**
 * Turns the session cookie into a principal by reading the database, so a disabled
 * staff member, changed roles or a password reset take effect at the next request.
 */
export async function resolvePrincipal(db: Db, ref: SessionPrincipalRef | undefined): Promise<Principal | null> {
  if (!ref) return null;
  if (ref.kind === "subscriber") {
    const account = await db.subscriberAccount.findUnique({
      where: { id: ref.id },
      select: { id: true, sessionVersion: true },
    });
    if (!account || account.sessionVersion !== ref.sv) return null;
    return { kind: "subscriber", accountId: account.id, sessionVersion: account.sessionVersion };
  }
  const staff = await db.staffUser.findUnique({
    where: { id: ref.id },
    select: { id: true, roles: true, isActive: true, sessionVersion: true },
  });
  if (!staff || !staff.isActive || staff.sessionVersion !== ref.sv) return null;
  return { kind: "staff", staffId: staff.id, roles: staff.roles, sessionVersion: staff.sessionVersion };
}
