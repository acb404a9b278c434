import { describe, expect, it } from "vitest";
import { checkDraft } from "./banner-check";
import { bannerDraft, bannerInputFrom } from "./banner-draft";

const filled = () => ({
  ...bannerDraft(null, new Date("2026-05-01T06:20:00Z")),
  title: "Интернет",
  text: "Быстрый",
  ctaLabel: "Подключить",
  topic: "Интернет 500",
});

describe("banner form draft", () => {
  it("starts a new banner at the next full hour for 30 days, on Moscow's clock", () => {
    const draft = bannerDraft(null, new Date("2026-05-01T06:20:00Z"));
    expect([draft.startsAt, draft.endsAt]).toEqual(["2026-05-01T10:00", "2026-05-31T10:00"]);
  });

  it("names every bad field at once, in form order", () => {
    const draft = {
      ...filled(),
      title: "",
      endsAt: "2026-04-01T10:00",
      priority: "101",
      audience: { ...filled().audience, kind: "ON_TARIFFS" as const },
    };
    expect(checkDraft(draft)).toEqual(["title", "audience", "endsAt", "priority"]);
    expect(checkDraft({ ...filled(), startsAt: "" })).toEqual(["startsAt"]);
  });

  it("sends dates as moments and empty choices as null", () => {
    expect(checkDraft(filled())).toEqual([]);
    const input = bannerInputFrom(filled());
    expect(input).toMatchObject({
      startsAt: new Date("2026-05-01T07:00:00Z"),
      offerTariffId: null,
      imageId: null,
      priority: 50,
    });
  });
});
