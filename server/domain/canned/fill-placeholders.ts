/** What a canned reply may say about the chat's subscriber; absent for a visitor. */
export interface PlaceholderValues {
  name: string | null;
  tariff: string | null;
  balance: string | null;
}

/** Each placeholder in both spellings an editor may type. */
const PLACEHOLDERS: Record<string, keyof PlaceholderValues> = {
  имя: "name",
  name: "name",
  тариф: "tariff",
  tariff: "tariff",
  баланс: "balance",
  balance: "balance",
};
const ANY = /\{([a-zа-яё]+)\}/giu;

/**
 * Fills the placeholders from the chat. One with no value is left out politely, never shown raw:
 * a missing name goes with the comma or space before it ("Здравствуйте, {имя}!" → "Здравствуйте!"),
 * a missing tariff or balance takes its whole sentence with it. Unknown braces stay as typed.
 */
export function fillPlaceholders(text: string, values: PlaceholderValues): string {
  const keyOf = (word: string) => PLACEHOLDERS[word.toLowerCase()];
  const sentences = text.split(/(?<=[.!?…])\s+/u).filter((sentence) =>
    [...sentence.matchAll(ANY)].every((m) => {
      const key = keyOf(m[1]!);
      return key === undefined || key === "name" || values[key] !== null;
    }),
  );
  const CAPITALIZE = "\u0001";
  return sentences
    .join(" ")
    .replace(
      /(,\s*|\s+)?\{([a-zа-яё]+)\}(,\s*)?/giu,
      (whole, before: string | undefined, word: string, after: string | undefined, offset: number, all: string) => {
        const key = keyOf(word);
        if (key === undefined) return whole;
        const value = values[key];
        if (value !== null) return `${before ?? ""}${value}${after ?? ""}`;
        if (before) return after ? " " : "";
        // The name opened the sentence ("{имя}, добрый день"): its comma goes too, the next word takes the capital.
        return /(^|[.!?…]\s*)$/u.test(all.slice(0, offset)) ? CAPITALIZE : "";
      },
    )
    .replace(/\u0001\s*(\S)/gu, (_, c: string) => c.toUpperCase())
    .trim();
}
