import { z } from "zod";

export const CANNED_LIMITS = { title: 80, text: 1_000, shortcut: 30 } as const;

/** Typed after a slash in the composer: letters (Russian too), digits, "-" and "_". */
const SHORTCUT = /^[a-zа-яё0-9_-]+$/;

/** The shortcut being typed when the whole draft is "/" and the start of one ("" for the slash alone). */
export function typedShortcut(draft: string): string | undefined {
  const typed = /^\/(\S*)$/.exec(draft)?.[1]?.toLowerCase();
  return typed === undefined || (typed && !SHORTCUT.test(typed)) ? undefined : typed;
}

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
