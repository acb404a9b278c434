import { after } from "next/server";
import { cookies } from "next/headers";
import { getPrincipal } from "@/server/auth/session";
import { getDb } from "@/server/db";
import { bannerEventBatchSchema, recordBannerEvents } from "@/server/domain/banners/record-banner-events";
import { readVisitorSessionKey, VISITOR_SESSION_COOKIE } from "@/server/visitor-session";

export const dynamic = "force-dynamic";

/** 50 events of about 60 bytes each, with room to spare. */
const MAX_BODY_BYTES = 8 * 1024;

/** Another site must not be able to inflate a banner's figures from its visitors' browsers. */
function isSameOrigin(request: Request): boolean {
  const origin = request.headers.get("origin");
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  if (!origin || !host) return false;
  try {
    return new URL(origin).host === host.split(",")[0]!.trim();
  } catch {
    return false;
  }
}

async function readBody(request: Request): Promise<unknown> {
  if (Number(request.headers.get("content-length") ?? 0) > MAX_BODY_BYTES) return null;
  const text = await request.text().catch(() => "");
  if (!text || new TextEncoder().encode(text).length > MAX_BODY_BYTES) return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}

/** Banner impressions and clicks from the browser's queue (sendBeacon): answered at once, stored after the answer. */
export async function POST(request: Request) {
  if (!isSameOrigin(request)) return new Response(null, { status: 403 });
  const parsed = bannerEventBatchSchema.safeParse(await readBody(request));
  if (!parsed.success) return new Response(null, { status: 400 });
  const sessionKey = readVisitorSessionKey((await cookies()).get(VISITOR_SESSION_COOKIE)?.value);
  // Without the anonymous session there is nothing to count once per session by: dropped.
  if (!sessionKey) return new Response(null, { status: 204 });
  const principal = await getPrincipal();
  const accountId = principal?.kind === "subscriber" ? principal.accountId : null;
  after(() =>
    recordBannerEvents(getDb(), { sessionKey, accountId, events: parsed.data }).catch((error: unknown) => {
      console.error(JSON.stringify({ level: "error", msg: "banner events not stored", error: String(error) }));
    }),
  );
  return new Response(null, { status: 204 });
}
