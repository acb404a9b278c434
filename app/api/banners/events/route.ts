import { after } from "next/server";
import { cookies } from "next/headers";
import { getPrincipal } from "@/server/auth/session";
import { getDb } from "@/server/db";
import { bannerEventBatchSchema, recordBannerEvents } from "@/server/domain/banners/record-banner-events";
import { readVisitorSessionKey, VISITOR_SESSION_COOKIE } from "@/server/visitor-session";
import { logger } from "@/server/log";
import { errorResponse } from "@/server/http/error-response";
import { readBodyWithin } from "@/server/http/request-guard";
import { isSameOrigin } from "@/server/http/same-origin";

export const dynamic = "force-dynamic";

/** 50 events of about 60 bytes each, with room to spare. */
const MAX_BODY_BYTES = 8 * 1024;

async function readBody(request: Request): Promise<unknown> {
  const body = await readBodyWithin(request, MAX_BODY_BYTES).catch(() => null);
  if (!body?.length) return null;
  try {
    return JSON.parse(body.toString("utf8")) as unknown;
  } catch {
    return null;
  }
}

/** Banner impressions and clicks from the browser's queue (sendBeacon): answered at once, stored after the answer. */
export async function POST(request: Request) {
  // Another site must not inflate a banner's figures from its visitors' browsers: Origin is required here (sendBeacon sends it).
  if (!isSameOrigin(request.headers)) return errorResponse("FORBIDDEN");
  const parsed = bannerEventBatchSchema.safeParse(await readBody(request));
  if (!parsed.success) return errorResponse("INVALID_INPUT");
  const sessionKey = readVisitorSessionKey((await cookies()).get(VISITOR_SESSION_COOKIE)?.value);
  // Without the anonymous session there is nothing to count once per session by: dropped.
  if (!sessionKey) return new Response(null, { status: 204 });
  const principal = await getPrincipal();
  const accountId = principal?.kind === "subscriber" ? principal.accountId : null;
  after(() =>
    recordBannerEvents(getDb(), { sessionKey, accountId, events: parsed.data }).catch((error: unknown) => {
      logger.error({ error: String(error) }, "banner events not stored");
    }),
  );
  return new Response(null, { status: 204 });
}
