/**
 * `npm run bench:help-search`: the help search (searchHelpArticles, Russian morphology) over 10,000 published
 * articles, with the expression GIN index and then without it (dropped for the second half of the run), next to
 * a `SELECT COUNT(*) FROM "HelpArticle"` floor; EXPLAIN says which index each plan used. PostgreSQL when
 * BENCH_DATABASE_URL or TEST_DATABASE_URL is set (a throwaway database), otherwise PGlite in memory.
 */
import type { Db } from "@/server/db-client";
import { Prisma } from "@/server/generated/prisma/client";
import { searchHelpArticles } from "@/server/domain/help/search-help-articles";
import { searchDocument } from "@/server/domain/help/search-document";
import { HELP_ARTICLES } from "@/prisma/seed/help-centre";
import {
  environment,
  formatNotes,
  formatTable,
  isEntryPoint,
  loadAverage1m,
  writeResult,
  type Benchmark,
  type BenchResult,
} from "./bench-report";
import { createBenchDb, row, time, type QueryBenchRow } from "./query-timing";

export const HELP_BENCH_ARTICLES = 10_000;
const RUNS = 20;
/** A word most articles share, and a phrase only a few hold: the index pays off most on the second. */
const QUERIES = ["как подключить роуминг", "спутниковые тарелки"];
const RARE_EVERY = 1_000;

async function loadArticles(db: Db, count: number) {
  const batch = 1_000;
  for (let start = 0; start < count; start += batch) {
    const data = Array.from({ length: Math.min(batch, count - start) }, (_, k) => {
      const i = start + k;
      const seed = HELP_ARTICLES[i % HELP_ARTICLES.length]!;
      const rare = i % RARE_EVERY === 0 ? " Спутниковую тарелку настраивает мастер." : "";
      return {
        slug: `${seed.slug}-${i}`,
        category: seed.category,
        title: `${seed.title} (${i})`,
        titleEn: `${seed.titleEn} (${i})`,
        body: seed.body.join("\n\n") + rare,
        bodyEn: seed.bodyEn.join("\n\n"),
      };
    });
    await db.helpArticle.createMany({ data });
  }
  await db.$executeRawUnsafe(`ANALYZE "HelpArticle"`);
}

/** The indexes the plan of the search's match condition names (none: a sequential scan). */
async function indexesUsed(db: Db, query: string): Promise<string> {
  const rows = await db.$queryRaw<Array<{ "QUERY PLAN": string }>>`
    EXPLAIN SELECT count(*) FROM "HelpArticle" a
    WHERE a."isPublished" AND ${searchDocument("ru")} @@ websearch_to_tsquery('russian'::regconfig, ${query})`;
  const plan = rows.map((r) => r["QUERY PLAN"]).join("\n");
  const names = [...new Set(plan.match(/"?HelpArticle_[\w]+_idx"?/g) ?? [])].map((n) => n.replace(/"/g, ""));
  return names.length
    ? `${names.join(", ")} (${plan.includes("Bitmap") ? "bitmap index scan" : "index scan"})`
    : "none (sequential scan)";
}

export async function runHelpSearchBench(articles = HELP_BENCH_ARTICLES): Promise<BenchResult> {
  const startedAt = new Date();
  const loadAtStart = loadAverage1m();
  const testDb = await createBenchDb();
  try {
    await loadArticles(testDb.db, articles);
    const floor = await time(RUNS, () => testDb.db.$queryRaw`SELECT COUNT(*) FROM "HelpArticle"`);
    const rows: QueryBenchRow[] = [row("", 'floor: SELECT COUNT(*) FROM "HelpArticle"', floor)];
    const notes: string[] = [];
    const search = (query: string) => () =>
      searchHelpArticles(testDb.db, { query, locale: "ru", limit: 10, offset: 0 });
    for (const indexed of [true, false]) {
      if (!indexed) await testDb.db.$executeRaw(Prisma.sql`DROP INDEX "HelpArticle_search_ru_idx"`);
      const label = indexed ? "GIN index" : "no index";
      for (const query of QUERIES) {
        rows.push(row(label, `help search «${query}» at ${articles} articles`, await time(RUNS, search(query)), floor));
        const found = await search(query)();
        notes.push(`${label}, «${query}»: ${found.total} matches; index used: ${await indexesUsed(testDb.db, query)}`);
      }
    }
    return {
      bench: "help-search",
      startedAt: startedAt.toISOString(),
      durationSec: (Date.now() - startedAt.getTime()) / 1000,
      environment: environment(loadAtStart),
      parameters: { articles, runs: RUNS, queries: QUERIES, database: testDb.kind },
      rows,
      notes: [
        `${articles} published articles on ${testDb.kind}; each query: one warm-up, then ${RUNS} timed runs (search and its headlines, page of 10)`,
        ...notes,
      ],
    };
  } finally {
    await testDb.close();
  }
}

export const benchmark: Benchmark = { name: "help-search", run: () => runHelpSearchBench() };

if (isEntryPoint(import.meta.url)) {
  runHelpSearchBench()
    .then((result) => {
      console.log(`\n${formatTable([result])}\n\n${formatNotes(result)}\n`);
      console.log(`written ${writeResult(result)}`);
    })
    .catch((error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    });
}
