import { describe, expect, it } from "vitest";
import { bannerInputSchema, bannerUpdateSchema } from "./banner-input";

const valid = {
  title: "Интернет 500 Мбит/с",
  text: "Подключите быстрый домашний интернет",
  ctaLabel: "Подключить",
  topic: "Домашний интернет 500",
  placement: "LANDING_HERO",
  audience: { kind: "VISITORS" },
  startsAt: new Date("2026-05-01T00:00:00Z"),
  endsAt: new Date("2026-06-01T00:00:00Z"),
  priority: 50,
};

const issuesOf = (input: unknown) => {
  const parsed = bannerInputSchema.safeParse(input);
  return parsed.success ? [] : parsed.error.issues.map((issue) => issue.path.join("."));
};

describe("banner input", () => {
  it("accepts a complete banner, trims texts and defaults the optional ids to null", () => {
    const parsed = bannerInputSchema.parse({ ...valid, title: "  Интернет  " });
    expect(parsed.title).toBe("Интернет");
    expect(parsed).toMatchObject({ offerTariffId: null, offerOptionId: null, imageId: null, imagePhoneId: null });
  });

  it("refuses an end before or equal to the start, on the endsAt field", () => {
    expect(issuesOf({ ...valid, endsAt: new Date("2026-04-30T00:00:00Z") })).toEqual(["endsAt"]);
    expect(issuesOf({ ...valid, endsAt: valid.startsAt })).toEqual(["endsAt"]);
  });

  it("keeps the priority an integer from 0 to 100", () => {
    expect(issuesOf({ ...valid, priority: 101 })).toEqual(["priority"]);
    expect(issuesOf({ ...valid, priority: -1 })).toEqual(["priority"]);
    expect(issuesOf({ ...valid, priority: 1.5 })).toEqual(["priority"]);
    expect(issuesOf({ ...valid, priority: 0 })).toEqual([]);
    expect(issuesOf({ ...valid, priority: 100 })).toEqual([]);
  });

  it("limits the texts: title 80, text 300, label 30, topic 120, none empty", () => {
    expect(issuesOf({ ...valid, text: "я".repeat(300) })).toEqual([]);
    expect(issuesOf({ ...valid, text: "я".repeat(301) })).toEqual(["text"]);
    expect(issuesOf({ ...valid, title: "я".repeat(81) })).toEqual(["title"]);
    expect(issuesOf({ ...valid, ctaLabel: "я".repeat(31) })).toEqual(["ctaLabel"]);
    expect(issuesOf({ ...valid, topic: "я".repeat(121) })).toEqual(["topic"]);
    expect(issuesOf({ ...valid, title: "   " })).toEqual(["title"]);
  });

  it("refuses an unknown placement and audience, and a tariff audience without tariffs", () => {
    expect(issuesOf({ ...valid, placement: "FOOTER" })).toEqual(["placement"]);
    expect(issuesOf({ ...valid, audience: { kind: "EVERYONE" } })).toEqual(["audience.kind"]);
    expect(issuesOf({ ...valid, audience: { kind: "ON_TARIFFS", tariffIds: [] } })).toEqual(["audience.tariffIds"]);
    expect(issuesOf({ ...valid, audience: { kind: "WITHOUT_OPTION" } })).toEqual(["audience.optionId"]);
  });

  it("takes both image renditions or neither", () => {
    expect(issuesOf({ ...valid, imageId: "a1", imagePhoneId: "a2" })).toEqual([]);
    expect(issuesOf({ ...valid, imageId: "a1" })).toEqual(["imagePhoneId"]);
  });

  it("keeps the text as typed, markup included: it is rendered as text, never as HTML", () => {
    const text = '<img src=x onerror="alert(1)"> скидка';
    expect(bannerInputSchema.parse({ ...valid, text }).text).toBe(text);
  });

  it("needs the banner id for an update, with the same date rule", () => {
    expect(bannerUpdateSchema.safeParse(valid).success).toBe(false);
    const parsed = bannerUpdateSchema.safeParse({ ...valid, bannerId: "b1", endsAt: valid.startsAt });
    expect(parsed.success ? [] : parsed.error.issues.map((i) => i.path.join("."))).toEqual(["endsAt"]);
  });
});
