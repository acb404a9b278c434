import { z } from "zod";
import { hintConditions } from "./account-conditions";
import { HINT_LIMITS, hintFailures, hintPages, pagesOfFailure } from "./hint-targets";

const text = z.string().trim().min(1).max(HINT_LIMITS.text);
const nullable = <T extends z.ZodType>(schema: T) => schema.nullish().transform((v) => v ?? null);

/** What decides who sees a hint: also what the preview takes, before anything is saved. */
export const hintTargetingSchema = z.object({
  /** Empty: every page. */
  pages: z
    .array(z.enum(hintPages))
    .max(hintPages.length)
    .transform((p) => [...new Set(p)]),
  condition: nullable(z.enum(hintConditions)),
  failedAction: nullable(z.enum(hintFailures)),
  priority: z.number().int().min(0).max(HINT_LIMITS.priorityMax),
});

const hintFields = hintTargetingSchema.extend({
  text,
  textEn: text,
  link: z.discriminatedUnion("kind", [
    z.object({ kind: z.literal("none") }),
    z.object({ kind: z.literal("chat") }),
    z.object({ kind: z.literal("article"), articleId: z.string().min(1).max(64) }),
  ]),
});

/** A failure is only ever hinted on its own family's page: aiming it elsewhere would never show. */
function checkHint(hint: z.output<typeof hintTargetingSchema>, ctx: z.RefinementCtx) {
  if (!hint.failedAction || hint.pages.length === 0) return;
  const where = pagesOfFailure(hint.failedAction);
  if (!hint.pages.some((p) => where.includes(p))) {
    ctx.addIssue({ code: "custom", path: ["pages"], message: "FAILURE_NOT_ON_PAGE" });
  }
}

export const hintPreviewSchema = hintTargetingSchema
  .extend({ hintId: z.string().min(1).max(64).nullish() })
  .superRefine(checkHint);
export const hintInputSchema = hintFields.superRefine(checkHint);
export const hintUpdateSchema = hintFields
  .extend({ hintId: z.string().min(1).max(64), version: z.number().int().min(1) })
  .superRefine(checkHint);

export type HintInput = z.input<typeof hintInputSchema>;
export type HintUpdateInput = z.input<typeof hintUpdateSchema>;
export type ValidHint = z.output<typeof hintInputSchema>;
export type HintPreviewInput = z.input<typeof hintPreviewSchema>;

/** The stored columns of a valid hint. */
export function hintColumns(hint: ValidHint) {
  return {
    text: hint.text,
    textEn: hint.textEn,
    pages: hint.pages,
    condition: hint.condition,
    failedAction: hint.failedAction,
    priority: hint.priority,
    articleId: hint.link.kind === "article" ? hint.link.articleId : null,
    opensChat: hint.link.kind === "chat",
  };
}
