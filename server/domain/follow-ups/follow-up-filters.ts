/** The follow-up list's filters: the procedure validates them and the page offers them. */
export const followUpStatuses = ["open", "resolved", "all"] as const;
export const followUpReasons = ["LOW_RATING", "MISSED"] as const;
export type FollowUpStatus = (typeof followUpStatuses)[number];
export type FollowUpReason = (typeof followUpReasons)[number];
