import { getDb } from "@/server/db";
import { BANNER_EDITOR_ROLES } from "@/server/domain/banners/banner-editor";
import { isAppError } from "@/server/domain/errors";
import { storeBannerImage } from "@/server/domain/banners/store-banner-image";
import { MAX_BANNER_IMAGE_BYTES } from "@/server/domain/banners/banner-image-limits";
import { logger } from "@/server/log";
import { problem, readFormWithin } from "@/server/http/request-guard";
import { isSameOrigin } from "@/server/http/same-origin";
import { staffForRoute } from "@/server/http/staff-route";

export const dynamic = "force-dynamic";

/** Upload a banner picture (multipart: file) for marketers and administrators; answers with both renditions. */
export async function POST(request: Request) {
  if (!isSameOrigin(request.headers)) return problem("FORBIDDEN", 403);
  const editor = await staffForRoute(BANNER_EDITOR_ROLES);
  if (editor instanceof Response) return editor;
  // A chunked upload has no Content-Length: the bytes are counted while reading as well.
  const form = await readFormWithin(request, MAX_BANNER_IMAGE_BYTES + 64 * 1024);
  if (form === "too-large") return problem("INVALID_INPUT", 413);
  const file = form?.get("file");
  if (!(file instanceof Blob)) return problem("INVALID_INPUT", 400);
  if (file.size > MAX_BANNER_IMAGE_BYTES) return problem("INVALID_INPUT", 413);
  try {
    const stored = await storeBannerImage(getDb(), new Uint8Array(await file.arrayBuffer()));
    return Response.json(stored, { status: 201 });
  } catch (error) {
    if (isAppError(error)) return Response.json({ error: error.code, details: error.details ?? null }, { status: 400 });
    logger.error({ error: String(error) }, "banner image upload failed");
    return problem("INTERNAL", 500);
  }
}
