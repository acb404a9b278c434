import type { Db } from "@/server/db-client";

export function listStaff(db: Db) {
  return db.staffUser.findMany({
    orderBy: [{ isActive: "desc" }, { fullName: "asc" }],
    select: { id: true, email: true, fullName: true, roles: true, isActive: true, chatLimit: true },
  });
}

export type StaffListItem = Awaited<ReturnType<typeof listStaff>>[number];
