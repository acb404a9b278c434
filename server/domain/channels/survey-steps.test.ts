import { describe, expect, it } from "vitest";
import { createTranslator } from "@/i18n/translator";
import { buttonData, parseButtonData } from "./inbound-event";
import { firstSurveyQuestion, nextSurveyStep, reviewInvitation, surveyFields, surveyPrompt } from "./survey-steps";

const t = createTranslator("ru");
const chatId = "cmb0k2x9a0001qz3l8h5v7w2e";
const answered = { botOnly: false, operatorTookPart: true, npsDue: true };

/** Every step from the first question on, as if each was answered. */
function path(chat: typeof answered) {
  const steps: string[] = [firstSurveyQuestion(chat.botOnly)];
  for (let next = nextSurveyStep(firstSurveyQuestion(chat.botOnly), chat); ;) {
    steps.push(next);
    if (next === "comment" || next === "done") return steps;
    next = nextSurveyStep(next, chat);
  }
}

describe("the messenger survey's steps", () => {
  it("asks resolved, CES, CSI, NPS, then the comment after an operator's chat", () => {
    expect(path(answered)).toEqual(["resolved", "ces", "score", "nps", "comment"]);
  });

  it("leaves out CSI when no operator replied, and NPS within the interval", () => {
    expect(path({ ...answered, operatorTookPart: false })).toEqual(["resolved", "ces", "nps", "comment"]);
    expect(path({ ...answered, npsDue: false })).toEqual(["resolved", "ces", "score", "comment"]);
    expect(path({ ...answered, operatorTookPart: false, npsDue: false })).toEqual(["resolved", "ces", "comment"]);
  });

  it('asks a bot-only chat "did the bot help?" and CES, and nothing after', () => {
    expect(path({ botOnly: true, operatorTookPart: false, npsDue: true })).toEqual(["botHelped", "ces", "done"]);
  });

  it("maps each answer to the site survey's fields; a skip stores nothing", () => {
    expect(surveyFields("resolved", false)).toEqual({ resolved: false });
    expect(surveyFields("botHelped", true)).toEqual({ resolved: true });
    expect(surveyFields("ces", 6)).toEqual({ cesScore: 6 });
    expect(surveyFields("score", 5)).toEqual({ score: 5 });
    expect(surveyFields("nps", 0)).toEqual({ npsScore: 0 });
    expect(surveyFields("nps", null)).toBeNull();
  });

  it("draws each question's buttons on its scale, and reads each back as that chat's answer", () => {
    const labels = (q: Parameters<typeof surveyPrompt>[0]) => surveyPrompt(q, chatId, t).buttons.map((b) => b.label);
    expect(labels("resolved")).toEqual(["Да", "Нет"]);
    expect(labels("ces")).toEqual(["1", "2", "3", "4", "5", "6", "7"]);
    expect(labels("score")).toEqual(["1", "2", "3", "4", "5"]);
    expect(labels("nps")).toEqual([...Array.from({ length: 11 }, (_, i) => String(i)), "Пропустить"]);
    expect(surveyPrompt("ces", chatId, t).text).toMatch(/Насколько легко/);
    const nps = surveyPrompt("nps", chatId, t).buttons;
    expect(nps.every((b) => Buffer.byteLength(b.data) <= 64)).toBe(true);
    expect(parseButtonData(nps[10]!.data)).toEqual({ kind: "survey", chatId, question: "nps", answer: 10 });
    expect(parseButtonData(nps[11]!.data)).toEqual({ kind: "survey", chatId, question: "nps", answer: null });
    const [yes] = surveyPrompt("botHelped", chatId, t).buttons;
    expect(parseButtonData(yes!.data)).toEqual({ kind: "survey", chatId, question: "botHelped", answer: true });
  });

  it("refuses button data that is not an answer to its question; the scale's range is the survey's to check", () => {
    expect(parseButtonData(`sv:${chatId}:res:maybe`)).toBeNull();
    expect(parseButtonData(`sv:${chatId}:res:1`)).toBeNull();
    expect(parseButtonData(`sv:${chatId}:ces:skip`)).toBeNull();
    expect(parseButtonData(`sv:${chatId}:ces:yes`)).toBeNull();
    expect(parseButtonData(`sv:${chatId}:xyz:1`)).toBeNull();
    expect(parseButtonData(`sv:${chatId.toUpperCase()}:ces:1`)).toBeNull();
    expect(parseButtonData(buttonData.survey(chatId, "ces", 9))).toMatchObject({ question: "ces", answer: 9 });
  });

  it("invites a promoter with one link per platform, for that chat", () => {
    const invitation = reviewInvitation(chatId, [{ id: "p1", name: "Яндекс Карты" }], t);
    expect(invitation.reviewLinks).toEqual([{ label: "Оставить отзыв: Яндекс Карты", chatId, platformId: "p1" }]);
    expect(invitation.buttons).toEqual([]);
  });
});
