// Apart from canned-input.ts's zod schemas: the form and the operator's composer import these, and zod would weigh on
// their first load.

export const CANNED_LIMITS = { title: 80, text: 1_000, shortcut: 30 } as const;

/** Typed after a slash in the composer: letters (Russian too), digits, "-" and "_". */
export const SHORTCUT = /^[a-zа-яё0-9_-]+$/;

/** The shortcut being typed when the whole draft is "/" and the start of one ("" for the slash alone). */
export function typedShortcut(draft: string): string | undefined {
  const typed = /^\/(\S*)$/.exec(draft)?.[1]?.toLowerCase();
  return typed === undefined || (typed && !SHORTCUT.test(typed)) ? undefined : typed;
}
