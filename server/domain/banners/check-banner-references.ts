import type { Prisma } from "@/server/generated/prisma/client";
import { AppError } from "@/server/domain/errors";
import type { ValidBanner } from "./banner-input";

type Tx = Prisma.TransactionClient;

/**
 * What the banner names must exist: the offered tariff/option (current, not archived), the audience's tariffs and
 * option, and the uploaded renditions (banner uploads not yet claimed by another banner).
 */
export async function checkBannerReferences(tx: Tx, banner: ValidBanner) {
  const offerable = { isArchived: false };
  if (
    banner.offerTariffId &&
    !(await tx.tariff.findFirst({ where: { id: banner.offerTariffId, ...offerable }, select: { id: true } }))
  ) {
    throw new AppError("INVALID_INPUT", { field: "offerTariffId" });
  }
  if (
    banner.offerOptionId &&
    !(await tx.option.findFirst({ where: { id: banner.offerOptionId, ...offerable }, select: { id: true } }))
  ) {
    throw new AppError("INVALID_INPUT", { field: "offerOptionId" });
  }
  const audience = banner.audience;
  if (audience.kind === "ON_TARIFFS") {
    const ids = [...new Set(audience.tariffIds)];
    if ((await tx.tariff.count({ where: { id: { in: ids } } })) !== ids.length)
      throw new AppError("INVALID_INPUT", { field: "audience" });
  }
  if (audience.kind === "WITHOUT_OPTION" && (await tx.option.count({ where: { id: audience.optionId } })) === 0) {
    throw new AppError("INVALID_INPUT", { field: "audience" });
  }
}

/**
 * Claims the renditions for the banner (from then on they are public) and drops the ones it no longer uses.
 * Only banner uploads (no chat message) that are free or already this banner's may be claimed.
 */
export async function attachBannerImages(tx: Tx, banner: ValidBanner, bannerId: string) {
  const ids = [banner.imageId, banner.imagePhoneId].filter((id): id is string => id !== null);
  if (ids.length > 0) {
    const claimed = await tx.attachment.updateMany({
      where: { id: { in: ids }, messageId: null, OR: [{ bannerId: null }, { bannerId }] },
      data: { bannerId },
    });
    if (claimed.count !== new Set(ids).size) throw new AppError("INVALID_INPUT", { field: "imageId" });
  }
  await tx.attachment.deleteMany({ where: { bannerId, messageId: null, id: { notIn: ids } } });
}
