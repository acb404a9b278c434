import type { BannerAudience } from "@/server/domain/banners/banner-audience";

export type AudienceKind = BannerAudience["kind"];
export const AUDIENCE_KINDS: AudienceKind[] = [
  "VISITORS",
  "ALL_SUBSCRIBERS",
  "ON_TARIFFS",
  "LOW_BALANCE",
  "WITHOUT_OPTION",
];
const DEFAULT_THRESHOLD_KOPECKS = 10_000;

/** What the audience editor holds: every kind's inputs at once, so switching kinds loses nothing typed. */
export interface AudienceDraft {
  kind: AudienceKind;
  tariffIds: string[];
  optionId: string;
  /** Rubles as typed; the banner stores kopecks. */
  thresholdRubles: string;
}

export function audienceDraft(audience: BannerAudience | null): AudienceDraft {
  return {
    kind: audience?.kind ?? "VISITORS",
    tariffIds: audience?.kind === "ON_TARIFFS" ? audience.tariffIds : [],
    optionId: audience?.kind === "WITHOUT_OPTION" ? audience.optionId : "",
    thresholdRubles: String(
      (audience?.kind === "LOW_BALANCE" ? audience.belowKopecks : DEFAULT_THRESHOLD_KOPECKS) / 100,
    ),
  };
}

/** The audience as the API takes it; left for the shared schema to judge (an empty list, a bad number). */
export function audienceFromDraft(draft: AudienceDraft): unknown {
  switch (draft.kind) {
    case "ON_TARIFFS":
      return { kind: draft.kind, tariffIds: draft.tariffIds };
    case "WITHOUT_OPTION":
      return { kind: draft.kind, optionId: draft.optionId };
    case "LOW_BALANCE": {
      const rubles = Number(draft.thresholdRubles.replace(",", "."));
      return {
        kind: draft.kind,
        belowKopecks: draft.thresholdRubles.trim() === "" ? Number.NaN : Math.round(rubles * 100),
      };
    }
    default:
      return { kind: draft.kind };
  }
}
