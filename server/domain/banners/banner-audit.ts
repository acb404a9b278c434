import type { Prisma } from "@/server/generated/prisma/client";

/** The edited fields as the audit log keeps them: enough to see what changed, no image bytes. */
export function bannerAuditSnapshot(banner: {
  title: string;
  text: string;
  ctaLabel: string;
  topic: string;
  placement: string;
  audience: unknown;
  startsAt: Date;
  endsAt: Date;
  priority: number;
  offerTariffId: string | null;
  offerOptionId: string | null;
  imageId: string | null;
  imagePhoneId: string | null;
}): Prisma.InputJsonObject {
  return {
    title: banner.title,
    text: banner.text,
    ctaLabel: banner.ctaLabel,
    topic: banner.topic,
    placement: banner.placement,
    audience: banner.audience as Prisma.InputJsonValue,
    startsAt: banner.startsAt.toISOString(),
    endsAt: banner.endsAt.toISOString(),
    priority: banner.priority,
    offerTariffId: banner.offerTariffId,
    offerOptionId: banner.offerOptionId,
    imageId: banner.imageId,
    imagePhoneId: banner.imagePhoneId,
  };
}
