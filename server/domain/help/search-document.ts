import { Prisma } from "@/server/generated/prisma/client";
import type { Locale } from "@/i18n/locales";

/**
 * An article's searchable document in one language: the title weighs more than the body. Written exactly as the
 * expression GIN indexes of the migration help_editor_and_bot_learning, since PostgreSQL uses an expression index
 * only for an identical expression (a configuration passed as a parameter would not be one).
 */
export function searchDocument(locale: Locale, alias = "a"): Prisma.Sql {
  const a = Prisma.raw(`"${alias}"`);
  return locale === "en"
    ? Prisma.sql`(setweight(to_tsvector('english'::regconfig, ${a}."titleEn"), 'A') || setweight(to_tsvector('english'::regconfig, ${a}."bodyEn"), 'B'))`
    : Prisma.sql`(setweight(to_tsvector('russian'::regconfig, ${a}."title"), 'A') || setweight(to_tsvector('russian'::regconfig, ${a}."body"), 'B'))`;
}

/** The text-search configuration of a language, as a literal (it is one of two constants). */
export function searchConfig(locale: Locale): Prisma.Sql {
  return locale === "en" ? Prisma.sql`'english'::regconfig` : Prisma.sql`'russian'::regconfig`;
}
