import { describe, expect, it } from "vitest";
import { isDetractor, isPromoter, operatorTookPart, respondentOf, type SurveyAnswers } from "./survey-rules";

const none: SurveyAnswers = { score: null, npsScore: null, resolved: null, cesScore: null };

describe("survey rules", () => {
  it("asks CSI only after an operator's reply, not after the bot alone or an unanswered queue", () => {
    expect(operatorTookPart({ firstResponseAt: new Date("2026-04-01T10:00:00Z") })).toBe(true);
    expect(operatorTookPart({ firstResponseAt: null })).toBe(false);
  });

  it("calls back NPS 0–6, CSI 1–3 or an unresolved question, and nobody for skipped answers", () => {
    expect(isDetractor({ ...none, npsScore: 6 })).toBe(true);
    expect(isDetractor({ ...none, npsScore: 7 })).toBe(false);
    expect(isDetractor({ ...none, score: 3 })).toBe(true);
    expect(isDetractor({ ...none, score: 4 })).toBe(false);
    expect(isDetractor({ ...none, resolved: false, score: 5, npsScore: 10 })).toBe(true);
    expect(isDetractor({ ...none, cesScore: 1 })).toBe(false);
    expect(isDetractor(none)).toBe(false);
  });

  it("invites NPS 9–10, or CSI 5 with the question resolved when NPS was skipped", () => {
    expect(isPromoter({ ...none, npsScore: 9 })).toBe(true);
    expect(isPromoter({ ...none, npsScore: 8, score: 5, resolved: true })).toBe(false);
    expect(isPromoter({ ...none, score: 5, resolved: true })).toBe(true);
    expect(isPromoter({ ...none, score: 5 })).toBe(false);
    expect(isPromoter({ ...none, score: 4, resolved: true })).toBe(false);
    expect(isPromoter(none)).toBe(false);
  });

  it("keys the respondent by account first, then by the visitor's session", () => {
    expect(respondentOf({ accountId: "a1", visitorToken: "v1" })).toBe("account:a1");
    expect(respondentOf({ accountId: null, visitorToken: "v1" })).toBe("visitor:v1");
    expect(respondentOf({ accountId: null, visitorToken: null })).toBeNull();
  });
});
