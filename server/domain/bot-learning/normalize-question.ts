import type { Db } from "@/server/db-client";
import type { Prisma } from "@/server/generated/prisma/client";
import type { Locale } from "@/i18n/locales";
import { searchConfig } from "@/server/domain/help/search-document";

export const MAX_QUESTION_LENGTH = 200;

/** Lower-case, "ё" as "е", anything but letters and digits as one space, trimmed. */
export function simplifyQuestion(text: string): string {
  return text
    .toLowerCase()
    .replace(/ё/g, "е")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim()
    .slice(0, MAX_QUESTION_LENGTH);
}

/**
 * The grouping key of a question: simplified, then stemmed with the help search's own dictionary, stop words
 * dropped, words in their order ("Как подключить роуминг?" and "подключите роуминг" both give "подключ роуминг").
 * A question of stop words only keeps its simplified text.
 */
export async function normalizeQuestion(
  db: Db | Prisma.TransactionClient,
  text: string,
  locale: Locale,
): Promise<string> {
  const simple = simplifyQuestion(text);
  if (!simple) return "";
  const [row] = await db.$queryRaw<Array<{ stems: string | null }>>`
    SELECT string_agg(lexeme, ' ' ORDER BY positions[1], lexeme) AS stems
    FROM unnest(to_tsvector(${searchConfig(locale)}, ${simple}))`;
  return row?.stems || simple;
}
