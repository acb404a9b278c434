import { channelSecretsKey } from "@/server/channels/channel-runtime";
import { followReviewLink } from "@/server/channels/review-link";
import { getDb } from "@/server/db";
import { answerErrors, errorResponse } from "@/server/http/error-response";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

type RouteContext = { params: Promise<{ chatId: string; platformId: string }> };

/** A messenger promoter's review button: the click is counted, then the person goes on to the platform. */
export async function GET(request: Request, { params }: RouteContext) {
  return answerErrors("channels.review_link", async () => {
    const secretsKey = channelSecretsKey();
    if (!secretsKey) return errorResponse("NOT_FOUND");
    const { chatId, platformId } = await params;
    const signature = new URL(request.url).searchParams.get("signature");
    const url = await followReviewLink(getDb(), secretsKey, { chatId, platformId, signature });
    return url ? Response.redirect(url, 302) : errorResponse("NOT_FOUND");
  });
}
