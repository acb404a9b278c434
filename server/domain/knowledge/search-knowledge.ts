import type { Db } from "@/server/db-client";
import type { Locale } from "@/i18n/locales";
import { searchHelpArticles } from "@/server/domain/help/search-help-articles";
import { searchCatalogue } from "./search-catalogue";

const ARTICLES = 5;

/** One query over the help centre (Russian morphology) and the catalogue, for the operator's panel. */
export async function searchKnowledge(db: Db, input: { query: string; locale: Locale }, now = new Date()) {
  const query = input.query.trim();
  if (!query) return { articles: [], tariffs: [], options: [] };
  const [help, catalogue] = await Promise.all([
    searchHelpArticles(db, { query, locale: input.locale, limit: ARTICLES, offset: 0 }),
    searchCatalogue(db, { query, locale: input.locale }, now),
  ]);
  return { articles: help.items.map((a) => ({ slug: a.slug, title: a.title, snippet: a.snippet })), ...catalogue };
}

export type KnowledgeSearchResult = Awaited<ReturnType<typeof searchKnowledge>>;
