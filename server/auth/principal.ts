import type { StaffRole } from "@/server/generated/prisma/enums";

/** Who is making the request, as established by the session. */
export type Principal =
  | { kind: "subscriber"; accountId: string; sessionVersion: number }
  | { kind: "staff"; staffId: string; roles: StaffRole[]; sessionVersion: number };

export type SubscriberPrincipal = Extract<Principal, { kind: "subscriber" }>;
export type StaffPrincipal = Extract<Principal, { kind: "staff" }>;

export function hasAnyRole(principal: Principal | null, roles: readonly StaffRole[]): boolean {
  return principal?.kind === "staff" && principal.roles.some((r) => roles.includes(r));
}
