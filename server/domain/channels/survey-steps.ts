// The survey after a messenger chat, one question per message with buttons: which question follows which, and
// what each one looks like. The answers themselves go to rateChat, as the site widget's do.
import type { Translate } from "@/i18n/translator";
import { SCALES } from "@/server/domain/survey/survey-rules";
import { buttonData, type SurveyAnswer, type SurveyQuestion } from "./inbound-event";
import { textOnly, type OutboundMessage } from "./outbound";

/** What is asked after the last button: another question, the optional comment, or nothing more. */
export type SurveyStep = SurveyQuestion | "comment" | "done";

export interface SurveyChat {
  /** The chat never reached the queue: "did the bot help?" is its "resolved", and the survey stops after CES. */
  botOnly: boolean;
  /** An operator wrote to the person: only then is there someone to rate (CSI). */
  operatorTookPart: boolean;
  /** "Would you recommend" is due for this person (at most once per interval, as on the site). */
  npsDue: boolean;
}

const ORDER: SurveyStep[] = ["botHelped", "resolved", "ces", "score", "nps", "comment", "done"];

function applies(step: SurveyStep, chat: SurveyChat): boolean {
  if (step === "botHelped") return chat.botOnly;
  if (step === "resolved") return !chat.botOnly;
  if (step === "score") return !chat.botOnly && chat.operatorTookPart;
  if (step === "nps") return !chat.botOnly && chat.npsDue;
  if (step === "comment") return !chat.botOnly;
  return true;
}

/** What follows an answered (or skipped) question. */
export function nextSurveyStep(after: SurveyQuestion, chat: SurveyChat): SurveyStep {
  return ORDER.slice(ORDER.indexOf(after) + 1).find((step) => applies(step, chat)) ?? "done";
}

/** What a chat that just ended is asked first. */
export const firstSurveyQuestion = (botOnly: boolean): SurveyQuestion => (botOnly ? "botHelped" : "resolved");

/** An answer as rateChat takes it; null for a skipped question (nothing to store). */
export function surveyFields(question: SurveyQuestion, answer: SurveyAnswer) {
  if (answer === null) return null;
  if (question === "botHelped" || question === "resolved") return { resolved: answer === true };
  const value = typeof answer === "number" ? answer : Number.NaN;
  if (question === "ces") return { cesScore: value };
  if (question === "score") return { score: value };
  return { npsScore: value };
}

const range = (scale: { min: number; max: number }) =>
  Array.from({ length: scale.max - scale.min + 1 }, (_, i) => scale.min + i);

/** One question with its buttons, in the person's language; the buttons carry the chat's id. */
export function surveyPrompt(question: SurveyQuestion, chatId: string, t: Translate): OutboundMessage {
  const button = (label: string, answer: SurveyAnswer) => ({
    label,
    data: buttonData.survey(chatId, question, answer),
  });
  const scale = (numbers: number[]) => numbers.map((n) => button(String(n), n));
  if (question === "botHelped" || question === "resolved")
    return textOnly(t(question === "botHelped" ? "messenger.botHelpedQuestion" : "messenger.resolvedQuestion"), [
      button(t("messenger.yes"), true),
      button(t("messenger.no"), false),
    ]);
  if (question === "ces") return textOnly(t("messenger.cesQuestion"), scale(range(SCALES.cesScore)));
  if (question === "score") return textOnly(t("bot.ratingQuestion"), scale(range(SCALES.score)));
  return textOnly(t("bot.npsQuestion"), [...scale(range(SCALES.npsScore)), button(t("bot.ratingSkip"), null)]);
}

/** The invitation of a promoter: one link per platform, through our redirect that counts the click. */
export function reviewInvitation(
  chatId: string,
  platforms: Array<{ id: string; name: string }>,
  t: Translate,
): OutboundMessage {
  return {
    ...textOnly(t("messenger.reviewInvitation")),
    reviewLinks: platforms.map((p) => ({
      label: t("messenger.reviewButton", { platform: p.name }),
      chatId,
      platformId: p.id,
    })),
  };
}
