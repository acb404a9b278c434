import type { Db } from "@/server/db-client";
import type { StaffPrincipal } from "@/server/auth/principal";
import { writeAuditEntry } from "@/server/domain/audit/write-audit-entry";
import { parseStaffInput } from "@/server/domain/staff/staff-profile";
import { bannerInputSchema, type BannerInput } from "./banner-input";
import { attachBannerImages, checkBannerReferences } from "./check-banner-references";
import { bannerAuditSnapshot } from "./banner-audit";

/** A new banner starts as a draft: nobody sees it until it is published. */
export async function createBanner(db: Db, actor: StaffPrincipal, input: BannerInput) {
  const banner = parseStaffInput(bannerInputSchema, input);
  return db.$transaction(async (tx) => {
    await checkBannerReferences(tx, banner);
    const created = await tx.banner.create({ data: { ...banner, status: "DRAFT", createdById: actor.staffId } });
    await attachBannerImages(tx, banner, created.id);
    await writeAuditEntry(tx, {
      actor,
      action: "banner.create",
      entityType: "Banner",
      entityId: created.id,
      details: { after: bannerAuditSnapshot(created) },
    });
    return { id: created.id };
  });
}
