import { hasAnyRole, type Principal } from "@/server/auth/principal";
import type { StaffRole } from "@/server/generated/prisma/enums";

/** Who manages banners: the same roles for pages, procedures and the image routes. */
export const BANNER_EDITOR_ROLES = ["MARKETER", "ADMIN"] as const satisfies readonly StaffRole[];

export function isBannerEditor(principal: Principal | null): boolean {
  return hasAnyRole(principal, BANNER_EDITOR_ROLES);
}
