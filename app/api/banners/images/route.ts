import { getDb } from "@/server/db";
import { getPrincipal } from "@/server/auth/session";
import { isBannerEditor } from "@/server/domain/banners/banner-editor";
import { isAppError } from "@/server/domain/errors";
import { storeBannerImage } from "@/server/domain/banners/store-banner-image";
import { MAX_BANNER_IMAGE_BYTES } from "@/server/domain/banners/banner-image-limits";
import { problem } from "@/server/http/chat-party-request";
import { isSameOrigin } from "@/server/http/same-origin";

export const dynamic = "force-dynamic";

/** Upload a banner picture (multipart: file) for marketers and administrators; answers with both renditions. */
export async function POST(request: Request) {
  if (!isSameOrigin(request.headers)) return problem("FORBIDDEN", 403);
  // Refused before the body is read when the size is declared; checked again on the bytes themselves.
  if (Number(request.headers.get("content-length") ?? 0) > MAX_BANNER_IMAGE_BYTES + 64 * 1024) return problem("INVALID_INPUT", 413);
  const principal = await getPrincipal();
  if (!principal) return problem("UNAUTHENTICATED", 401);
  if (!isBannerEditor(principal)) return problem("FORBIDDEN", 403);
  const form = await request.formData().catch(() => null);
  const file = form?.get("file");
  if (!(file instanceof Blob)) return problem("INVALID_INPUT", 400);
  if (file.size > MAX_BANNER_IMAGE_BYTES) return problem("INVALID_INPUT", 413);
  try {
    const stored = await storeBannerImage(getDb(), new Uint8Array(await file.arrayBuffer()));
    return Response.json(stored, { status: 201 });
  } catch (error) {
    if (isAppError(error)) return Response.json({ error: error.code, details: error.details ?? null }, { status: 400 });
    console.error(JSON.stringify({ level: "error", msg: "banner image upload failed", error: String(error) }));
    return problem("INTERNAL", 500);
  }
}
