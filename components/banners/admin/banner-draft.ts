import { TRPCClientError } from "@trpc/client";
import type { BannerPlacement } from "@/server/generated/prisma/enums";
import type { BannerDetails } from "@/server/domain/banners/get-banner";
import { BANNER_LIMITS } from "@/server/domain/banners/banner-limits";
import type { MessageKey } from "@/i18n/translator";
import { audienceDraft, audienceFromDraft, type AudienceDraft } from "./audience-draft";
import type { BannerImage } from "./banner-image-field";
import { fromMoscowInput, toMoscowInput } from "./moscow-time";

/** The form's values as typed (strings for dates and numbers), checked by the same schema as the server (banner-check.ts). */
export interface BannerDraft {
  title: string;
  text: string;
  ctaLabel: string;
  topic: string;
  placement: BannerPlacement;
  audience: AudienceDraft;
  startsAt: string;
  endsAt: string;
  priority: string;
  offerTariffId: string;
  offerOptionId: string;
  image: BannerImage | null;
}

export type DraftField =
  | "title"
  | "text"
  | "ctaLabel"
  | "topic"
  | "placement"
  | "audience"
  | "startsAt"
  | "endsAt"
  | "priority"
  | "offerTariffId"
  | "offerOptionId"
  | "image";

export const FORM_ORDER: DraftField[] = [
  "title",
  "text",
  "ctaLabel",
  "topic",
  "placement",
  "audience",
  "startsAt",
  "endsAt",
  "priority",
  "offerTariffId",
  "offerOptionId",
  "image",
];
const HOUR = 3_600_000;

export function bannerDraft(banner: BannerDetails | null, now = new Date()): BannerDraft {
  // A new banner starts at the next full hour and runs for 30 days.
  const start = new Date(Math.ceil(now.getTime() / HOUR) * HOUR);
  return {
    title: banner?.title ?? "",
    text: banner?.text ?? "",
    ctaLabel: banner?.ctaLabel ?? "",
    topic: banner?.topic ?? "",
    placement: banner?.placement ?? "LANDING_HERO",
    audience: audienceDraft(banner ? banner.audience : null),
    startsAt: toMoscowInput(banner?.startsAt ?? start),
    endsAt: toMoscowInput(banner?.endsAt ?? new Date(start.getTime() + 30 * 24 * HOUR)),
    priority: String(banner?.priority ?? 50),
    offerTariffId: banner?.offerTariffId ?? "",
    offerOptionId: banner?.offerOptionId ?? "",
    image:
      banner?.imageId && banner.imagePhoneId && banner.imageUrl && banner.imagePhoneUrl
        ? {
            imageId: banner.imageId,
            imagePhoneId: banner.imagePhoneId,
            imageUrl: banner.imageUrl,
            imagePhoneUrl: banner.imagePhoneUrl,
            desktop: banner.desktop,
            phone: banner.phone,
          }
        : null,
  };
}

export function bannerInputFrom(draft: BannerDraft) {
  return {
    title: draft.title,
    text: draft.text,
    ctaLabel: draft.ctaLabel,
    topic: draft.topic,
    placement: draft.placement,
    audience: audienceFromDraft(draft.audience),
    // An invalid date makes the schema name the field.
    startsAt: fromMoscowInput(draft.startsAt) ?? new Date(Number.NaN),
    endsAt: fromMoscowInput(draft.endsAt) ?? new Date(Number.NaN),
    priority: draft.priority.trim() === "" ? Number.NaN : Number(draft.priority),
    offerTariffId: draft.offerTariffId || null,
    offerOptionId: draft.offerOptionId || null,
    imageId: draft.image?.imageId ?? null,
    imagePhoneId: draft.image?.imagePhoneId ?? null,
  };
}

const asField = (path: string): DraftField | null => {
  const head = path.split(".")[0] ?? "";
  if (head === "imageId" || head === "imagePhoneId") return "image";
  return FORM_ORDER.find((f) => f === head) ?? null;
};

export const fieldsOf = (paths: string[]) => [
  ...new Set(paths.map(asField).filter((f): f is DraftField => f !== null)),
];

/** The fields the server refused: schema paths, or the field a domain check named (a tariff that vanished). */
export function refusedFields(error: unknown): DraftField[] {
  if (!(error instanceof TRPCClientError)) return [];
  const data = error.data as
    { fieldErrors?: Array<{ path: string }> | null; details?: { field?: string } | null } | undefined;
  return fieldsOf([...(data?.fieldErrors?.map((f) => f.path) ?? []), data?.details?.field ?? ""]);
}

/** What to tell the marketer about a bad field. */
export function fieldProblem(
  field: DraftField,
  draft: BannerDraft,
): { key: MessageKey; params?: Record<string, number> } {
  switch (field) {
    case "title":
    case "text":
    case "ctaLabel":
    case "topic":
      return { key: "banners.invalid.text", params: { max: BANNER_LIMITS[field] } };
    case "startsAt":
      return { key: "banners.invalid.date" };
    case "endsAt":
      return { key: fromMoscowInput(draft.endsAt) ? "banners.invalid.endsAt" : "banners.invalid.date" };
    case "priority":
      return { key: "banners.invalid.priority" };
    case "audience":
      return { key: "banners.invalid.audience" };
    default:
      return { key: "banners.invalid.reference" };
  }
}
