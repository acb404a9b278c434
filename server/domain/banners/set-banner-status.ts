import type { Db } from "@/server/db-client";
import type { StaffPrincipal } from "@/server/auth/principal";
import type { BannerStatus } from "@/server/generated/prisma/enums";
import { AppError } from "@/server/domain/errors";
import { writeAuditEntry } from "@/server/domain/audit/write-audit-entry";

export const BANNER_STATUS_ACTIONS = ["publish", "pause", "archive"] as const;
export type BannerStatusAction = (typeof BANNER_STATUS_ACTIONS)[number];

/** Where each action leads and from where it may start; ARCHIVED is final. */
const transitions: Record<BannerStatusAction, { to: BannerStatus; from: BannerStatus[] }> = {
  publish: { to: "ACTIVE", from: ["DRAFT", "PAUSED"] },
  pause: { to: "PAUSED", from: ["ACTIVE"] },
  archive: { to: "ARCHIVED", from: ["DRAFT", "ACTIVE", "PAUSED"] },
};

/** The actions the banner's current status allows, for the buttons. */
export function allowedStatusActions(status: BannerStatus): BannerStatusAction[] {
  return BANNER_STATUS_ACTIONS.filter((action) => transitions[action].from.includes(status));
}

export async function setBannerStatus(
  db: Db,
  actor: StaffPrincipal,
  input: { bannerId: string; action: BannerStatusAction },
) {
  const { to, from } = transitions[input.action];
  return db.$transaction(async (tx) => {
    const before = await tx.banner.findUnique({ where: { id: input.bannerId }, select: { id: true, status: true } });
    if (!before) throw new AppError("NOT_FOUND");
    // A repeated click finds the banner already there: nothing changed, nothing to record.
    if (before.status === to) return { id: before.id, status: to };
    const moved = await tx.banner.updateMany({ where: { id: before.id, status: { in: from } }, data: { status: to } });
    if (moved.count === 0) throw new AppError("CONFLICT");
    await writeAuditEntry(tx, {
      actor,
      action: `banner.${input.action}`,
      entityType: "Banner",
      entityId: before.id,
      details: { before: { status: before.status }, after: { status: to } },
    });
    return { id: before.id, status: to };
  });
}
