import type { Db } from "@/server/db-client";
import { AppError } from "@/server/domain/errors";
import { imageSize, reencodeImage, refuseImage, uploadedImageType } from "@/server/domain/images/clean-image";
import { bannerImageUrl } from "./banner-image-url";
import { BANNER_IMAGE_LIMITS, BANNER_RENDITION_WIDTHS, MAX_BANNER_IMAGE_BYTES } from "./banner-image-limits";

const rendition = (bytes: Uint8Array, width: number) =>
  reencodeImage(bytes, { type: "image/webp", maxPixels: BANNER_IMAGE_LIMITS.maxSide ** 2, resize: { width } });

/**
 * An uploaded banner picture: checked by its bytes (never by name or declared type), then stored as desktop and
 * phone WebP renditions. They stay private (staff preview) until a banner is saved with them.
 */
export async function storeBannerImage(db: Db, bytes: Uint8Array) {
  const side = await imageSize(bytes, uploadedImageType(bytes, MAX_BANNER_IMAGE_BYTES));
  if (side.width > BANNER_IMAGE_LIMITS.maxSide || side.height > BANNER_IMAGE_LIMITS.maxSide) refuseImage("tooBig");
  if (side.width < BANNER_IMAGE_LIMITS.minWidth) refuseImage("tooSmall");

  const [desktop, phone] = await Promise.all([
    rendition(bytes, BANNER_RENDITION_WIDTHS.desktop),
    rendition(bytes, BANNER_RENDITION_WIDTHS.phone),
  ]);
  const [desktopRow, phoneRow] = await db.$transaction([
    db.attachment.create({ data: desktop, select: { id: true, width: true, height: true } }),
    db.attachment.create({ data: phone, select: { id: true, width: true, height: true } }),
  ]);
  return {
    imageId: desktopRow.id,
    imagePhoneId: phoneRow.id,
    imageUrl: bannerImageUrl(desktopRow.id)!,
    imagePhoneUrl: bannerImageUrl(phoneRow.id)!,
    desktop: { width: desktopRow.width, height: desktopRow.height },
    phone: { width: phoneRow.width, height: phoneRow.height },
  };
}

/**
 * A rendition's bytes. Those of a saved banner are public; an upload not yet saved with a banner is shown only to
 * staff who may edit banners (the preview). Chat pictures are never served here.
 */
export async function readBannerImage(db: Db, attachmentId: string, canPreview: () => Promise<boolean>) {
  const image = await db.attachment.findFirst({
    where: { id: attachmentId, messageId: null },
    select: { bannerId: true, mimeType: true, data: true },
  });
  // The session is looked up only for an unsaved upload: public renditions cost one query.
  if (!image || (image.bannerId === null && !(await canPreview()))) throw new AppError("NOT_FOUND");
  return { mimeType: image.mimeType, data: image.data, isPublic: image.bannerId !== null };
}
