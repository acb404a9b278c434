import type { Db } from "@/server/db-client";
import type { Prisma } from "@/server/generated/prisma/client";

/** What the staff page shows and edits for each member. */
export const staffListSelect = {
  id: true,
  email: true,
  fullName: true,
  roles: true,
  isActive: true,
  chatLimit: true,
  skills: true,
} satisfies Prisma.StaffUserSelect;

export function listStaff(db: Db) {
  return db.staffUser.findMany({
    orderBy: [{ isActive: "desc" }, { fullName: "asc" }],
    select: staffListSelect,
  });
}

export type StaffListItem = Awaited<ReturnType<typeof listStaff>>[number];
