import { getDb } from "@/server/db";
import { BANNER_EDITOR_ROLES } from "@/server/domain/banners/banner-editor";
import { storeBannerImage } from "@/server/domain/banners/store-banner-image";
import { MAX_BANNER_IMAGE_BYTES } from "@/server/domain/banners/banner-image-limits";
import { answerErrors, errorResponse } from "@/server/http/error-response";
import { readFormWithin } from "@/server/http/request-guard";
import { isSameOrigin } from "@/server/http/same-origin";
import { staffForRoute } from "@/server/http/staff-route";

export const dynamic = "force-dynamic";

/** Upload a banner picture (multipart: file) for marketers and administrators; answers with both renditions. */
export async function POST(request: Request) {
  if (!isSameOrigin(request.headers)) return errorResponse("FORBIDDEN");
  const editor = await staffForRoute(BANNER_EDITOR_ROLES);
  if (editor instanceof Response) return editor;
  // A chunked upload has no Content-Length: the bytes are counted while reading as well.
  const form = await readFormWithin(request, MAX_BANNER_IMAGE_BYTES + 64 * 1024);
  if (form === "too-large") return errorResponse("PAYLOAD_TOO_LARGE");
  const file = form?.get("file");
  if (!(file instanceof Blob)) return errorResponse("INVALID_INPUT");
  if (file.size > MAX_BANNER_IMAGE_BYTES) return errorResponse("PAYLOAD_TOO_LARGE");
  return answerErrors("banner image upload failed", async () => {
    const stored = await storeBannerImage(getDb(), new Uint8Array(await file.arrayBuffer()));
    return Response.json(stored, { status: 201 });
  });
}
