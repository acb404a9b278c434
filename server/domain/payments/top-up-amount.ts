// Top-up amount rules, shared by the server (the rule) and the form (early, friendly messages).

/** 10 ₽ … 50 000 ₽, in kopecks. */
export const MIN_TOP_UP = 1_000;
export const MAX_TOP_UP = 5_000_000;
/** Quick amounts offered by the form, in kopecks. */
export const QUICK_TOP_UPS = [30_000, 50_000, 100_000] as const;

export type TopUpAmountProblem = "NOT_KOPECKS" | "TOO_SMALL" | "TOO_LARGE";

export function topUpAmountProblem(kopecks: number): TopUpAmountProblem | null {
  if (!Number.isSafeInteger(kopecks)) return "NOT_KOPECKS";
  if (kopecks < MIN_TOP_UP) return "TOO_SMALL";
  if (kopecks > MAX_TOP_UP) return "TOO_LARGE";
  return null;
}

export type ParsedRubles = { kopecks: number } | { problem: "EMPTY" | "NOT_A_NUMBER" | "TOO_PRECISE" };

/** What a person types ("500", "1 000,50", "99.9 ₽") → kopecks, without floating-point rounding. */
export function parseRubles(text: string): ParsedRubles {
  const cleaned = text.replace(/[\s\u00a0\u202f₽]/g, "").replace(/(руб\.?|р\.)$/i, "");
  if (cleaned === "") return { problem: "EMPTY" };
  const match = /^(\d{1,9})(?:[.,](\d*))?$/.exec(cleaned);
  if (!match) return { problem: "NOT_A_NUMBER" };
  const fraction = match[2] ?? "";
  if (fraction.length > 2) return { problem: "TOO_PRECISE" };
  return { kopecks: Number(match[1]) * 100 + Number(fraction.padEnd(2, "0")) };
}
