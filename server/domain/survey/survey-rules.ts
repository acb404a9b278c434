// Who is a detractor and who a promoter after a survey: one rule for follow-ups, invitations and tests.

export interface SurveyAnswers {
  /** 1–5 CSI about the operator. */
  score: number | null;
  /** 0–10 "would you recommend". */
  npsScore: number | null;
  /** "Was your question resolved?" */
  resolved: boolean | null;
  /** 1–7 "how easy was it". */
  cesScore: number | null;
}

export const SCALES = {
  score: { min: 1, max: 5 },
  npsScore: { min: 0, max: 10 },
  cesScore: { min: 1, max: 7 },
} as const;

/** Unhappy enough to be called back: NPS 0–6, CSI 3 or lower, or the question left unresolved. */
export function isDetractor(a: SurveyAnswers): boolean {
  return (a.npsScore !== null && a.npsScore <= 6) || (a.score !== null && a.score <= 3) || a.resolved === false;
}

/**
 * Happy enough to be invited to a public review: NPS 9–10, or CSI 5 with the question resolved (NPS skipped or
 * not asked). Only the scores count: the invitation never depends on what the review will say.
 */
export function isPromoter(a: SurveyAnswers): boolean {
  if (a.npsScore !== null) return a.npsScore >= 9;
  return a.score === 5 && a.resolved === true;
}

/**
 * CSI rates an operator, so it is asked only where one took part: an operator wrote to the subscriber. A chat
 * that stayed with the bot, or waited in the queue and ended before anyone answered, has no one to rate.
 */
export function operatorTookPart(chat: { firstResponseAt: Date | null }): boolean {
  return chat.firstResponseAt !== null;
}

/** The NPS interval is per person across chats: their account, or their browser or messenger session. */
export function respondentOf(chat: { accountId: string | null; visitorToken: string | null }): string | null {
  if (chat.accountId) return `account:${chat.accountId}`;
  return chat.visitorToken ? `visitor:${chat.visitorToken}` : null;
}
