import type { ResizeOptions } from "sharp";
import { AppError } from "@/server/domain/errors";
import { detectImageType, type ImageType } from "./image-type";

// sharp and its libvips (about 18 MB of a process's memory) load with the first upload, not with every route that
// takes one: uploads are rare, and each app process would carry them idle.
const loadSharp = () => import("sharp").then((module) => module.default);

/**
 * Uploaded pictures (chat images, banners) are never stored as sent: the bytes name a type, the decoder must agree,
 * and what is kept is a fresh encoding without the file's metadata (a phone photo's GPS position and device).
 */
const sharpFormat = { "image/png": "png", "image/jpeg": "jpeg", "image/webp": "webp" } as const;
const encoding = {
  png: {},
  jpeg: { quality: 85 },
  webp: { quality: 82 },
} as const;

/** An upload refused: `reason` picks the message the form shows, `limits` the figures in it. */
export function refuseImage(reason: string, limits: Record<string, number> = {}): never {
  throw new AppError("INVALID_INPUT", { field: "file", reason, ...limits });
}

/** The type of an upload by its first bytes (never its name or declared type), within a byte limit. Decodes nothing. */
export function uploadedImageType(bytes: Uint8Array, maxBytes: number): ImageType {
  if (bytes.byteLength === 0) refuseImage("empty");
  if (bytes.byteLength > maxBytes) refuseImage("tooLarge", { maxBytes });
  return detectImageType(bytes) ?? refuseImage("type");
}

/** Width and height as shown (EXIF orientation applied), from the header alone; a file only starting like its type is refused. */
export async function imageSize(bytes: Uint8Array, type: ImageType): Promise<{ width: number; height: number }> {
  const sharp = await loadSharp();
  const meta = await sharp(bytes)
    .metadata()
    .catch(() => refuseImage("type"));
  if (meta.format !== sharpFormat[type] || !meta.width || !meta.height) refuseImage("type");
  return meta.autoOrient;
}

/**
 * A clean copy in `type`: turned upright by its EXIF orientation first (which stripping would lose), then written
 * without any metadata (sharp keeps none unless asked), scaled down but never up. Decoding stops at `maxPixels`.
 */
export async function reencodeImage(
  bytes: Uint8Array,
  options: { type: ImageType; maxPixels: number; resize: ResizeOptions },
) {
  const format = sharpFormat[options.type];
  const sharp = await loadSharp();
  const { data, info } = await sharp(bytes, { limitInputPixels: options.maxPixels })
    .rotate()
    .resize({ ...options.resize, withoutEnlargement: true })
    .toFormat(format, encoding[format])
    .toBuffer({ resolveWithObject: true })
    .catch(() => refuseImage("type"));
  return { mimeType: options.type, width: info.width, height: info.height, sizeBytes: data.byteLength, data };
}
