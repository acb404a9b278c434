import type { Db } from "@/server/db-client";
import { sqlRunner } from "@/server/db-driver";
import { Prisma } from "@/server/generated/prisma/client";
import type { StaffRole } from "@/server/generated/prisma/enums";
import type { SessionPrincipalRef } from "./next-auth";
import type { Principal } from "./principal";

/**
 * Turns the session cookie into a principal by reading the database, so a disabled
 * staff member, changed roles or a password reset take effect at the next request.
 * On the driver (server/db-driver.ts) because this runs on every request: Prisma costs a compile and more per statement.
 */
export async function resolvePrincipal(db: Db, ref: SessionPrincipalRef | undefined): Promise<Principal | null> {
  if (!ref) return null;
  if (ref.kind === "subscriber") {
    const [account] = await sqlRunner(db).query<{ id: string; sessionVersion: number }>(Prisma.sql`
      SELECT "id", "sessionVersion" FROM "SubscriberAccount" WHERE "id" = ${ref.id}`);
    if (!account || account.sessionVersion !== ref.sv) return null;
    return { kind: "subscriber", accountId: account.id, sessionVersion: account.sessionVersion };
  }
  // The enum array as text[]: a JS string array on both PGlite and PostgreSQL.
  const [staff] = await sqlRunner(db).query<{
    id: string;
    roles: StaffRole[];
    isActive: boolean;
    sessionVersion: number;
  }>(Prisma.sql`
    SELECT "id", "roles"::text[] AS "roles", "isActive", "sessionVersion" FROM "StaffUser" WHERE "id" = ${ref.id}`);
  if (!staff || !staff.isActive || staff.sessionVersion !== ref.sv) return null;
  return { kind: "staff", staffId: staff.id, roles: staff.roles, sessionVersion: staff.sessionVersion };
}
