// Apart from resolution-comment.ts's zod schema: the form imports these, and zod would weigh on its first load.
export const RESOLUTION_COMMENT_MIN = 3;
export const RESOLUTION_COMMENT_MAX = 1_000;
