/** Who wrote, as the messenger names them. */
export interface InboundContact {
  /** The messenger's id of the conversation: Telegram's chat id, VK's peer id, Viber's user id, Facebook's PSID. */
  externalId: string;
  name: string | null;
  /** The messenger's language for the person, if it says. */
  locale: "ru" | "en";
}

/**
 * A webhook update in the one shape every channel adapter parses into. Images carry the messenger's file
 * reference; the adapter downloads the bytes before the domain sees the event.
 */
export type InboundEvent =
  | { kind: "start"; contact: InboundContact }
  | { kind: "text"; contact: InboundContact; text: string }
  | { kind: "image"; contact: InboundContact; fileRef: string; caption: string | null }
  | { kind: "button"; contact: InboundContact; data: string }
  /** A phone number the person shared from the messenger; `own` when the messenger vouches it is the sender's. */
  | { kind: "contact"; contact: InboundContact; phone: string; own: boolean }
  /** Something the chat cannot take; `tooLarge` when it was a picture over the chat's size limit. */
  | { kind: "unsupported"; contact: InboundContact; reason?: "tooLarge" }
  /** The person stopped the bot (Viber's unsubscribed, VK's message_deny): nothing more can reach them. */
  | { kind: "unreachable"; contact: InboundContact };

/** A survey question asked with buttons after a chat ends (./survey-steps.ts). */
export type SurveyQuestion = "botHelped" | "resolved" | "ces" | "score" | "nps";

const SURVEY_CODES: Record<SurveyQuestion, string> = {
  botHelped: "bot",
  resolved: "res",
  ces: "ces",
  score: "csi",
  nps: "nps",
};
const QUESTION_OF = Object.fromEntries(Object.entries(SURVEY_CODES).map(([q, code]) => [code, q])) as Record<
  string,
  SurveyQuestion
>;
const YES_NO: ReadonlySet<SurveyQuestion> = new Set(["botHelped", "resolved"]);

/** A survey answer: yes/no, a score, or null for "skip". */
export type SurveyAnswer = boolean | number | null;

/**
 * Button data the channel layer sends and reads back (Telegram allows 64 bytes, Facebook's quick replies 20
 * characters of title but 1000 of payload). A survey button names its chat, so a press on an older survey's
 * message answers that chat's question, and a second press of it is refused as already answered.
 */
export const buttonData = {
  quickReply: (seq: number, index: number) => `q:${seq}:${index}`,
  consent: () => "consent",
  commentSkip: () => "comment:skip",
  survey: (chatId: string, question: SurveyQuestion, answer: SurveyAnswer) =>
    `sv:${chatId}:${SURVEY_CODES[question]}:${answer === null ? "skip" : answer === true ? "yes" : answer === false ? "no" : answer}`,
};

export type ButtonPress =
  | { kind: "quickReply"; seq: number; index: number }
  | { kind: "survey"; chatId: string; question: SurveyQuestion; answer: SurveyAnswer }
  | { kind: "consent" | "commentSkip" }
  | null;

/** Yes/no for the yes/no questions, a whole number for the scales (its range is the survey's to check), skip for NPS. */
function surveyPress(chatId: string, code: string, value: string): ButtonPress {
  const question = QUESTION_OF[code];
  if (!question) return null;
  if (YES_NO.has(question))
    return value === "yes" || value === "no" ? { kind: "survey", chatId, question, answer: value === "yes" } : null;
  if (value === "skip") return question === "nps" ? { kind: "survey", chatId, question, answer: null } : null;
  return /^\d{1,3}$/.test(value) ? { kind: "survey", chatId, question, answer: Number(value) } : null;
}

export function parseButtonData(data: string): ButtonPress {
  const quick = /^q:(\d{1,9}):(\d{1,2})$/.exec(data);
  if (quick) return { kind: "quickReply", seq: Number(quick[1]), index: Number(quick[2]) };
  const survey = /^sv:([a-z0-9]{1,40}):([a-z]{3}):([a-z0-9]{1,4})$/.exec(data);
  if (survey) return surveyPress(survey[1]!, survey[2]!, survey[3]!);
  if (data === "consent") return { kind: "consent" };
  if (data === "comment:skip") return { kind: "commentSkip" };
  return null;
}
