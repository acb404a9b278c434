// Help-centre categories: stable codes stored on articles; names live in the "help" messages.
export const helpCategories = [
  "tariffs",
  "options",
  "roaming",
  "payments",
  "internet",
  "equipment",
  "account",
] as const;

export type HelpCategory = (typeof helpCategories)[number];

export function isHelpCategory(value: string): value is HelpCategory {
  return (helpCategories as readonly string[]).includes(value);
}

/** Display order of a category; unknown codes (added by an admin later) go last. */
export function categoryOrder(code: string): number {
  const index = (helpCategories as readonly string[]).indexOf(code);
  return index === -1 ? helpCategories.length : index;
}
