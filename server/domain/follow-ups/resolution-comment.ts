import { z } from "zod";

export const RESOLUTION_COMMENT_MIN = 3;
export const RESOLUTION_COMMENT_MAX = 1_000;

/** What was done about a follow-up, in a few words: one rule for the form, the API and the domain. */
export const resolutionComment = z.string().trim().min(RESOLUTION_COMMENT_MIN).max(RESOLUTION_COMMENT_MAX);
