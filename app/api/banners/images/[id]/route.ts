import { getDb } from "@/server/db";
import { getPrincipal } from "@/server/auth/session";
import { isBannerEditor } from "@/server/domain/banners/banner-editor";
import { readBannerImage } from "@/server/domain/banners/store-banner-image";
import { answerErrors, errorResponse } from "@/server/http/error-response";

export const dynamic = "force-dynamic";

/** A banner rendition: public once its banner is saved (ids never change, so cached for good); before that, staff preview only. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!/^[\w-]{1,64}$/.test(id)) return errorResponse("NOT_FOUND");
  return answerErrors("banner image read failed", async () => {
    const image = await readBannerImage(getDb(), id, async () => isBannerEditor(await getPrincipal()));
    return new Response(new Uint8Array(image.data), {
      headers: {
        "Content-Type": image.mimeType,
        "X-Content-Type-Options": "nosniff",
        "Content-Security-Policy": "default-src 'none'",
        "Cache-Control": image.isPublic ? "public, max-age=31536000, immutable" : "private, no-store",
      },
    });
  });
}
