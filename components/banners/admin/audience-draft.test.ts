import { describe, expect, it } from "vitest";
import { bannerAudienceSchema } from "@/server/domain/banners/banner-audience";
import { audienceDraft, audienceFromDraft } from "./audience-draft";

const valid = (value: unknown) => bannerAudienceSchema.safeParse(value).success;

describe("audience editor values", () => {
  it("turns rubles into kopecks, with a comma as well as a point", () => {
    expect(audienceFromDraft({ ...audienceDraft(null), kind: "LOW_BALANCE", thresholdRubles: "150,50" })).toEqual({
      kind: "LOW_BALANCE",
      belowKopecks: 15_050,
    });
    expect(audienceDraft({ kind: "LOW_BALANCE", belowKopecks: 25_000 }).thresholdRubles).toBe("250");
  });

  it("leaves an empty threshold, no tariffs or no option for the schema to refuse", () => {
    expect(valid(audienceFromDraft({ ...audienceDraft(null), kind: "LOW_BALANCE", thresholdRubles: "" }))).toBe(false);
    expect(valid(audienceFromDraft({ ...audienceDraft(null), kind: "ON_TARIFFS" }))).toBe(false);
    expect(valid(audienceFromDraft({ ...audienceDraft(null), kind: "WITHOUT_OPTION" }))).toBe(false);
  });

  it("keeps the stored audience when the form opens, and asks again when it no longer parses", () => {
    const draft = audienceDraft({ kind: "ON_TARIFFS", tariffIds: ["t1", "t2"] });
    expect(audienceFromDraft(draft)).toEqual({ kind: "ON_TARIFFS", tariffIds: ["t1", "t2"] });
    expect(audienceDraft(null).kind).toBe("VISITORS");
  });
});
