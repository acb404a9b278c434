import type { Db } from "@/server/db-client";
import type { StaffRole } from "@/server/generated/prisma/enums";
import type { SessionPrincipalRef } from "./next-auth";
import type { Principal } from "./principal";

/**
 * Turns the session cookie into a principal by reading the database, so a disabled
 * staff member, changed roles or a password reset take effect at the next request.
 * Raw SQL because this runs on every request: Prisma compiles each query on the main thread.
 */
export async function resolvePrincipal(db: Db, ref: SessionPrincipalRef | undefined): Promise<Principal | null> {
  if (!ref) return null;
  if (ref.kind === "subscriber") {
    const [account] = await db.$queryRaw<Array<{ id: string; sessionVersion: number }>>`
      SELECT "id", "sessionVersion" FROM "SubscriberAccount" WHERE "id" = ${ref.id}`;
    if (!account || account.sessionVersion !== ref.sv) return null;
    return { kind: "subscriber", accountId: account.id, sessionVersion: account.sessionVersion };
  }
  // The enum array as text[]: a JS string array on both PGlite and PostgreSQL.
  const [staff] = await db.$queryRaw<
    Array<{ id: string; roles: StaffRole[]; isActive: boolean; sessionVersion: number }>
  >`
    SELECT "id", "roles"::text[] AS "roles", "isActive", "sessionVersion" FROM "StaffUser" WHERE "id" = ${ref.id}`;
  if (!staff || !staff.isActive || staff.sessionVersion !== ref.sv) return null;
  return { kind: "staff", staffId: staff.id, roles: staff.roles, sessionVersion: staff.sessionVersion };
}
