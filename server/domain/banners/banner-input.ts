import { z } from "zod";
import { BannerPlacement } from "@/server/generated/prisma/enums";
import { bannerAudienceSchema } from "./banner-audience";
import { BANNER_LIMITS } from "./banner-limits";

const plainText = (max: number) => z.string().trim().min(1).max(max);
const optionalId = z
  .string()
  .min(1)
  .max(64)
  .nullish()
  .transform((v) => v ?? null);

/** The fields a marketer edits; the same rules for the form, the API and the domain. */
const bannerFields = z.object({
  title: plainText(BANNER_LIMITS.title),
  text: plainText(BANNER_LIMITS.text),
  ctaLabel: plainText(BANNER_LIMITS.ctaLabel),
  topic: plainText(BANNER_LIMITS.topic),
  placement: z.enum(BannerPlacement),
  audience: bannerAudienceSchema,
  startsAt: z.date(),
  endsAt: z.date(),
  priority: z.number().int().min(0).max(BANNER_LIMITS.priorityMax),
  offerTariffId: optionalId,
  offerOptionId: optionalId,
  /** Desktop and phone renditions of one upload: both or neither. */
  imageId: optionalId,
  imagePhoneId: optionalId,
});

type BannerFields = z.output<typeof bannerFields>;

function checkBanner(banner: BannerFields, ctx: z.RefinementCtx) {
  if (banner.endsAt.getTime() <= banner.startsAt.getTime()) {
    ctx.addIssue({ code: "custom", path: ["endsAt"], message: "END_NOT_AFTER_START" });
  }
  if ((banner.imageId === null) !== (banner.imagePhoneId === null)) {
    ctx.addIssue({ code: "custom", path: ["imagePhoneId"], message: "IMAGE_PAIR" });
  }
}

export const bannerInputSchema = bannerFields.superRefine(checkBanner);
export const bannerUpdateSchema = bannerFields.extend({ bannerId: z.string().min(1).max(64) }).superRefine(checkBanner);

export type BannerInput = z.input<typeof bannerInputSchema>;
export type BannerUpdateInput = z.input<typeof bannerUpdateSchema>;
export type ValidBanner = z.output<typeof bannerInputSchema>;
