import type { Db } from "@/server/db-client";
import type { StaffPrincipal } from "@/server/auth/principal";
import { isContentStaff } from "@/server/domain/content/content-staff";

/** The replies a staff member manages on /admin/canned: the shared ones and their own, never a colleague's. */
export async function listCannedForEditing(db: Db, actor: StaffPrincipal) {
  const rows = await db.cannedResponse.findMany({
    where: { OR: [{ ownerId: null }, { ownerId: actor.staffId }] },
    orderBy: [{ shortcut: "asc" }],
  });
  const canEditShared = isContentStaff(actor);
  return {
    canEditShared,
    replies: rows.map((r) => ({
      id: r.id,
      scope: r.ownerId === null ? ("shared" as const) : ("personal" as const),
      title: r.title || r.shortcut,
      shortcut: r.shortcut,
      text: r.text,
      textEn: r.textEn,
      version: r.version,
      editable: r.ownerId !== null || canEditShared,
    })),
  };
}

export type CannedForEditing = Awaited<ReturnType<typeof listCannedForEditing>>["replies"][number];
