// The figures of the supervisor's report, block by block, whether scanned or read from the rollups.

/** The chats' counts and CSI/CSAT; the survey's NPS, CES and FCR count self-service contacts too. */
export interface SummaryMetrics extends SurveyTotals {
  chats: number;
  escalated: number;
  missed: number;
  /** missed / escalated, 0–1; null without escalated chats. */
  missedShare: number | null;
  rated: number;
  averageScore: number | null;
  /** Shares 0–1; null without ratings. */
  csi: number | null;
  csat: number | null;
}

export interface SurveyTotals {
  npsAnswers: number;
  /** −100…100; null without answers. */
  nps: number | null;
  cesAnswers: number;
  /** 1–7; null without answers. */
  averageCes: number | null;
  /** Share of CES answers 5–7, 0–1. */
  cesEasy: number | null;
  fcrAnswers: number;
  /** Share answered "resolved: yes", 0–1. */
  fcr: number | null;
}

/** The survey's effort and resolution beside the counts of a breakdown row or a day. */
export interface SurveyFigures {
  averageCes: number | null;
  fcr: number | null;
}

/** Seconds; null when no chat qualifies. */
export interface DurationMetrics {
  chats: number;
  averageSeconds: number | null;
  p90Seconds: number | null;
}

export interface ContainmentMetrics {
  sessions: number;
  contained: number;
  /** contained / sessions, 0–1; null without sessions. */
  share: number | null;
}

export interface BreakdownRow<K extends string> extends SurveyFigures {
  key: K;
  chats: number;
  escalated: number;
  csat: number | null;
}

export interface HourRow {
  /** 0–23 on the Moscow clock. */
  hour: number;
  chats: number;
}

export interface DayRow extends SurveyFigures {
  /** "YYYY-MM-DD" in Moscow. */
  day: string;
  chats: number;
  escalated: number;
  csat: number | null;
}
