/** The follow-up list's filters: the procedure validates them and the page offers them. */
export const followUpStatuses = ["open", "overdue", "resolved", "all"] as const;
export const followUpReasons = ["LOW_RATING", "MISSED"] as const;
export type FollowUpStatus = (typeof followUpStatuses)[number];
export type FollowUpReason = (typeof followUpReasons)[number];

/** OPEN → IN_PROGRESS → RESOLVED | UNREACHABLE. */
export const followUpStates = ["OPEN", "IN_PROGRESS", "RESOLVED", "UNREACHABLE"] as const;
export type FollowUpState = (typeof followUpStates)[number];
/** How a resolved follow-up ended: a compensation (a ledger adjustment), an explanation, or an escalation. */
export const followUpOutcomes = ["COMPENSATED", "EXPLAINED", "ESCALATED"] as const;
export type FollowUpOutcome = (typeof followUpOutcomes)[number];
