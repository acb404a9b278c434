import { z } from "zod";
import type { Db } from "@/server/db-client";

export const MAX_BANNER_EVENTS_PER_BATCH = 50;

/** What the browser sends: a batch of impressions and clicks, nothing about who (that comes from the cookies). */
export const bannerEventBatchSchema = z
  .array(z.object({ bannerId: z.string().regex(/^[\w-]{1,64}$/), kind: z.enum(["IMPRESSION", "CLICK"]) }))
  .min(1)
  .max(MAX_BANNER_EVENTS_PER_BATCH);

export type BannerEventBatch = z.infer<typeof bannerEventBatchSchema>;

/**
 * Stores a browser session's impressions and clicks. The unique (bannerId, kind, sessionKey) index
 * keeps one of each per session, so repeats and retries are skipped; unknown banners are dropped.
 */
export async function recordBannerEvents(
  db: Db,
  input: { sessionKey: string; accountId: string | null; events: BannerEventBatch },
): Promise<number> {
  const ids = [...new Set(input.events.map((event) => event.bannerId))];
  const known = new Set(
    (await db.banner.findMany({ where: { id: { in: ids } }, select: { id: true } })).map((b) => b.id),
  );
  const data = input.events
    .filter((event) => known.has(event.bannerId))
    .map((event) => ({
      bannerId: event.bannerId,
      kind: event.kind,
      sessionKey: input.sessionKey,
      accountId: input.accountId,
    }));
  if (data.length === 0) return 0;
  const { count } = await db.bannerEvent.createMany({ data, skipDuplicates: true });
  return count;
}
