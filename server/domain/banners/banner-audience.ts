import { z } from "zod";

/** Who a banner is for. Stored as JSON on the banner; validated on the way in and on the way out. */
export const bannerAudienceSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("VISITORS") }),
  z.object({ kind: z.literal("ALL_SUBSCRIBERS") }),
  z.object({ kind: z.literal("ON_TARIFFS"), tariffIds: z.array(z.string().min(1).max(64)).min(1).max(20) }),
  /** Balance below this many kopecks (default 100 ₽). */
  z.object({ kind: z.literal("LOW_BALANCE"), belowKopecks: z.number().int().min(0).max(10_000_000).default(10_000) }),
  z.object({ kind: z.literal("WITHOUT_OPTION"), optionId: z.string().min(1).max(64) }),
]);

export type BannerAudience = z.infer<typeof bannerAudienceSchema>;

/** A stored audience that no longer parses (edited by hand, older shape) matches nobody rather than everybody. */
export function readBannerAudience(value: unknown): BannerAudience | null {
  const parsed = bannerAudienceSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}
