import type { Db } from "@/server/db-client";
import type { StaffPrincipal } from "@/server/auth/principal";
import { AppError } from "@/server/domain/errors";
import { writeAuditEntry } from "@/server/domain/audit/write-audit-entry";
import { parseStaffInput } from "@/server/domain/staff/staff-profile";
import { bannerUpdateSchema, type BannerUpdateInput } from "./banner-input";
import { attachBannerImages, checkBannerReferences } from "./check-banner-references";
import { bannerAuditSnapshot } from "./banner-audit";

/** Every field at once (the form sends the whole banner); an archived banner is final and cannot be edited. */
export async function updateBanner(db: Db, actor: StaffPrincipal, input: BannerUpdateInput) {
  const { bannerId, ...banner } = parseStaffInput(bannerUpdateSchema, input);
  return db.$transaction(async (tx) => {
    const before = await tx.banner.findUnique({ where: { id: bannerId } });
    if (!before) throw new AppError("NOT_FOUND");
    if (before.status === "ARCHIVED") throw new AppError("CONFLICT");
    await checkBannerReferences(tx, banner);
    // Guarded by status so a parallel archive wins cleanly instead of being overwritten.
    const moved = await tx.banner.updateMany({ where: { id: bannerId, status: { not: "ARCHIVED" } }, data: banner });
    if (moved.count === 0) throw new AppError("CONFLICT");
    await attachBannerImages(tx, banner, bannerId);
    await writeAuditEntry(tx, {
      actor,
      action: "banner.update",
      entityType: "Banner",
      entityId: bannerId,
      details: { before: bannerAuditSnapshot(before), after: bannerAuditSnapshot(banner) },
    });
    return { id: bannerId };
  });
}
