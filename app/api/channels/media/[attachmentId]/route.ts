import { channelSecretsKey } from "@/server/channels/channel-runtime";
import { serveSignedMedia } from "@/server/channels/media-url";
import { getDb } from "@/server/db";
import { answerErrors, errorResponse } from "@/server/http/error-response";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** A reply's picture for a messenger that fetches pictures by URL (Viber), behind a signed, expiring address. */
export async function GET(request: Request, { params }: { params: Promise<{ attachmentId: string }> }) {
  return answerErrors("channels.media", async () => {
    const secretsKey = channelSecretsKey();
    if (!secretsKey) return errorResponse("NOT_FOUND");
    const { attachmentId } = await params;
    return serveSignedMedia(getDb(), secretsKey, request, attachmentId);
  });
}
