import type { Db } from "@/server/db-client";
import { Prisma } from "@/server/generated/prisma/client";
import { searchConfig, searchDocument } from "./search-document";
import { AppError } from "@/server/domain/errors";
import type { Locale } from "@/i18n/locales";
import { MAX_HELP_QUERY_LENGTH } from "./help-query";
import {
  BODY_HEADLINE_OPTIONS,
  HIGHLIGHT_MARKERS,
  leadSnippet,
  parseHeadline,
  TITLE_HEADLINE_OPTIONS,
  type SnippetSegment,
} from "./snippet";

const MAX_LIMIT = 50;
const MAX_OFFSET = 10_000;

export interface HelpSearchHit {
  slug: string;
  category: string;
  title: string;
  titleSegments: SnippetSegment[];
  snippet: SnippetSegment[];
}

export interface HelpSearchResult {
  /** The query as searched (trimmed); "" means a listing by category. */
  query: string;
  total: number;
  /** No article had every word, so these are articles with any of them. */
  relaxed: boolean;
  items: HelpSearchHit[];
}

interface SearchInput {
  query: string;
  locale: Locale;
  limit: number;
  offset: number;
}

/**
 * Full-text search over published articles with the language's stemming ("тарифы" finds
 * "тариф"): title matches weigh more than body matches. A query of several words that finds
 * nothing is retried with any of the words.
 */
export async function searchHelpArticles(db: Db, input: SearchInput): Promise<HelpSearchResult> {
  const query = input.query.trim();
  if (query.length > MAX_HELP_QUERY_LENGTH)
    throw new AppError("INVALID_INPUT", { field: "query", max: MAX_HELP_QUERY_LENGTH });
  if (!Number.isInteger(input.limit) || input.limit < 1 || input.limit > MAX_LIMIT)
    throw new AppError("INVALID_INPUT", { field: "limit" });
  if (!Number.isInteger(input.offset) || input.offset < 0 || input.offset > MAX_OFFSET)
    throw new AppError("INVALID_INPUT", { field: "offset" });

  if (!query) return listByCategory(db, input);

  const strict = await runSearch(db, query, input);
  if (strict.total > 0) return { query, relaxed: false, ...strict };
  // Only letters and digits survive, joined by websearch's "or": punctuation cannot form operators.
  const words = query.match(/[\p{L}\p{N}]+/gu) ?? [];
  if (words.length < 2) return { query, relaxed: false, ...strict };
  const anyWord = await runSearch(db, words.join(" or "), input);
  return { query, relaxed: anyWord.total > 0, ...anyWord };
}

/** A body's Markdown as the words a reader sees, for snippets: link targets and emphasis marks dropped. */
const MARKDOWN_AS_TEXT = (text: Prisma.Sql) =>
  Prisma.sql`regexp_replace(${text}, '!?\\[([^\\]]*)\\]\\([^)]*\\)|[*_#>\u0060~|]+', '\\1', 'g')`;

interface Row {
  total: number;
  slug: string | null;
  category: string | null;
  titleHeadline: string | null;
  bodyHeadline: string | null;
}

async function runSearch(db: Db, websearch: string, input: SearchInput) {
  const config = searchConfig(input.locale);
  const en = input.locale === "en";
  // The WHERE matches the indexed document expression; the query text is a bound parameter.
  const rows = await db.$queryRaw<Row[]>`
    WITH input AS (SELECT websearch_to_tsquery(${config}, ${websearch}) AS query),
    matched AS (
      SELECT a.slug, a.category,
             ${en ? Prisma.sql`a."titleEn"` : Prisma.sql`a.title`} AS title,
             ${en ? Prisma.sql`a."bodyEn"` : Prisma.sql`a.body`} AS body,
             ts_rank(${searchDocument(input.locale)}, i.query) AS rank
      FROM "HelpArticle" a
      CROSS JOIN input i
      WHERE a."isPublished" AND ${searchDocument(input.locale)} @@ i.query
    ),
    page AS (
      SELECT * FROM matched ORDER BY rank DESC, title, slug LIMIT ${input.limit} OFFSET ${input.offset}
    )
    -- Headlines are costly: computed for the page only. The LEFT JOIN keeps the total when the page is empty.
    -- The highlight markers are taken out of the text first, so a marker typed into an article cannot forge one.
    SELECT (SELECT count(*) FROM matched)::int AS total,
           p.slug, p.category,
           ts_headline(${config}, translate(p.title, ${HIGHLIGHT_MARKERS}, ''), i.query, ${TITLE_HEADLINE_OPTIONS}) AS "titleHeadline",
           ts_headline(${config}, ${MARKDOWN_AS_TEXT(Prisma.sql`translate(p.body, ${HIGHLIGHT_MARKERS}, '')`)}, i.query, ${BODY_HEADLINE_OPTIONS}) AS "bodyHeadline"
    FROM input i
    LEFT JOIN page p ON true
    ORDER BY p.rank DESC, p.title, p.slug`;

  const items: HelpSearchHit[] = [];
  for (const row of rows) {
    if (row.slug === null || row.category === null) continue;
    const titleSegments = parseHeadline(row.titleHeadline ?? "");
    items.push({
      slug: row.slug,
      category: row.category,
      title: titleSegments.map((s) => s.text).join(""),
      titleSegments,
      snippet: parseHeadline(row.bodyHeadline ?? ""),
    });
  }
  return { total: rows[0]?.total ?? 0, items };
}

async function listByCategory(db: Db, input: SearchInput): Promise<HelpSearchResult> {
  const en = input.locale === "en";
  const where = { isPublished: true };
  const [total, articles] = await Promise.all([
    db.helpArticle.count({ where }),
    db.helpArticle.findMany({
      where,
      orderBy: [{ category: "asc" }, en ? { titleEn: "asc" } : { title: "asc" }, { slug: "asc" }],
      skip: input.offset,
      take: input.limit,
      select: { slug: true, category: true, title: true, titleEn: true, body: true, bodyEn: true },
    }),
  ]);
  const items = articles.map((a) => {
    const title = en ? a.titleEn : a.title;
    return {
      slug: a.slug,
      category: a.category,
      title,
      titleSegments: [{ text: title, highlighted: false }],
      snippet: leadSnippet(en ? a.bodyEn : a.body),
    };
  });
  return { query: "", total, relaxed: false, items };
}
