import type { HintCondition } from "./account-conditions";

export interface HintCandidate {
  id: string;
  pages: string[];
  condition: string | null;
  failedAction: string | null;
  priority: number;
}

export interface HintSituation {
  page: string;
  conditions: HintCondition[];
  /** Error code of the last failed self-service action, if it has not since succeeded. */
  lastFailure: string | null;
}

/**
 * Keeps the hints that fit the page, the account state and the last failure, and
 * puts the most specific first: a hint about the error just seen beats one about the
 * account state, which beats general advice for the page. Priority breaks ties.
 */
export function rankHints<T extends HintCandidate>(hints: T[], situation: HintSituation, limit = 3): T[] {
  const score = (h: T) => (h.failedAction ? 1_000 : 0) + (h.condition ? 100 : 0) + (h.pages.length > 0 ? 10 : 0);
  return hints
    .filter((h) => h.pages.length === 0 || h.pages.includes(situation.page))
    .filter((h) => !h.condition || situation.conditions.includes(h.condition as HintCondition))
    .filter((h) => !h.failedAction || h.failedAction === situation.lastFailure)
    .sort((a, b) => score(b) - score(a) || b.priority - a.priority)
    .slice(0, limit);
}
