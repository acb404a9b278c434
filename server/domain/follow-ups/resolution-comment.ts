import { z } from "zod";
import { RESOLUTION_COMMENT_MAX, RESOLUTION_COMMENT_MIN } from "./resolution-comment-length";

/** What was done about a follow-up, in a few words: one rule for the form, the API and the domain. */
export const resolutionComment = z.string().trim().min(RESOLUTION_COMMENT_MIN).max(RESOLUTION_COMMENT_MAX);
