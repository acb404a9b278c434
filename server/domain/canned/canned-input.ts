import { z } from "zod";
import { CANNED_LIMITS, SHORTCUT } from "./canned-limits";

const shortcut = z
  .string()
  .trim()
  .toLowerCase()
  .transform((s) => s.replace(/^\/+/, ""))
  .pipe(z.string().min(1).max(CANNED_LIMITS.shortcut).regex(SHORTCUT));

const cannedFields = z.object({
  /** Shared by every operator (content staff only) or the caller's own. */
  scope: z.enum(["shared", "personal"]),
  title: z.string().trim().min(1).max(CANNED_LIMITS.title),
  shortcut,
  text: z.string().trim().min(1).max(CANNED_LIMITS.text),
  textEn: z
    .string()
    .trim()
    .max(CANNED_LIMITS.text)
    .nullish()
    .transform((v) => v || null),
});

export const cannedInputSchema = cannedFields;
export const cannedUpdateSchema = cannedFields
  .omit({ scope: true })
  .extend({ cannedId: z.string().min(1).max(64), version: z.number().int().min(1) });

export type CannedInput = z.input<typeof cannedInputSchema>;
export type CannedUpdateInput = z.input<typeof cannedUpdateSchema>;
