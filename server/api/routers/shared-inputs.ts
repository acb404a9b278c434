import { z } from "zod";
import { SCALES } from "@/server/domain/survey/survey-rules";
import { MAX_RATING_COMMENT } from "@/server/domain/survey/store-answers";

/** One key per confirmed action: a retry or double click reuses it and changes nothing twice. */
export const idempotencyKey = z
  .string()
  .min(16)
  .max(100)
  .regex(/^[\w-]+$/);
export const entityId = z.string().min(1).max(64);
export const pageKey = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[\w./-]+$/)
  .optional();

const scale = ({ min, max }: { min: number; max: number }) => z.number().int().min(min).max(max).nullish();

/** A survey's answers, any of them (partial answers are kept), on the scales of survey-rules. */
export const surveyAnswers = {
  npsScore: scale(SCALES.npsScore),
  cesScore: scale(SCALES.cesScore),
  resolved: z.boolean().nullish(),
  comment: z.string().trim().max(MAX_RATING_COMMENT).nullish(),
};
/** The operator's 1–5, only in a chat's survey. */
export const csiScore = scale(SCALES.score);
