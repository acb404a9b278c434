import sharp from "sharp";
import type { Db } from "@/server/db-client";
import { AppError } from "@/server/domain/errors";
import { detectImageType } from "@/server/domain/chat/image-type";
import { bannerImageUrl } from "./banner-image-url";
import { BANNER_IMAGE_LIMITS, BANNER_RENDITION_WIDTHS, MAX_BANNER_IMAGE_BYTES } from "./banner-image-limits";

const sharpFormat = { "image/png": "png", "image/jpeg": "jpeg", "image/webp": "webp" } as const;
const refuse = (reason: string): never => {
  throw new AppError("INVALID_INPUT", { field: "file", reason });
};

async function rendition(bytes: Uint8Array, width: number) {
  // rotate() applies the EXIF orientation before the metadata is dropped (sharp strips it unless asked to keep it).
  const { data, info } = await sharp(bytes, { limitInputPixels: BANNER_IMAGE_LIMITS.maxSide ** 2 })
    .rotate()
    .resize({ width, withoutEnlargement: true })
    .webp({ quality: 82 })
    .toBuffer({ resolveWithObject: true });
  return { mimeType: "image/webp", width: info.width, height: info.height, sizeBytes: data.byteLength, data };
}

/**
 * An uploaded banner picture: checked by its bytes (never by name or declared type), then stored as desktop and
 * phone WebP renditions. They stay private (staff preview) until a banner is saved with them.
 */
export async function storeBannerImage(db: Db, bytes: Uint8Array) {
  if (bytes.byteLength === 0) refuse("empty");
  if (bytes.byteLength > MAX_BANNER_IMAGE_BYTES)
    throw new AppError("INVALID_INPUT", { field: "file", reason: "tooLarge", maxBytes: MAX_BANNER_IMAGE_BYTES });
  const type = detectImageType(bytes) ?? refuse("type");
  const meta = await sharp(bytes)
    .metadata()
    .catch(() => refuse("type"));
  // The signature and the decoder must agree, so a file that only starts like a PNG is refused.
  if (meta.format !== sharpFormat[type] || !meta.width || !meta.height) refuse("type");
  const side = meta.autoOrient;
  if (side.width > BANNER_IMAGE_LIMITS.maxSide || side.height > BANNER_IMAGE_LIMITS.maxSide) refuse("tooBig");
  if (side.width < BANNER_IMAGE_LIMITS.minWidth) refuse("tooSmall");

  const [desktop, phone] = await Promise.all([
    rendition(bytes, BANNER_RENDITION_WIDTHS.desktop),
    rendition(bytes, BANNER_RENDITION_WIDTHS.phone),
  ]).catch(() => refuse("type"));
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
