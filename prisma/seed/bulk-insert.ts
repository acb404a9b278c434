// Many rows in few statements. Prisma's createMany spends about a millisecond a row on chats (JSON
// context) on both PGlite and PostgreSQL; one multi-row INSERT with literal values is an order of
// magnitude quicker. Only for rows the seed or a benchmark generated, never for user input.
import type { Prisma } from "@/server/generated/prisma/client";

type Executor = Pick<Prisma.TransactionClient, "$executeRawUnsafe">;
type Row = Record<string, unknown>;

const ROWS_PER_STATEMENT = 1000;

/** Dates go to `timestamp(3)` columns as UTC, as Prisma stores them; objects to JSON columns. */
function literal(value: unknown): string {
  if (value === null || value === undefined) return "NULL";
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new Error(`Cannot insert the number ${value}`);
    return String(value);
  }
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (value instanceof Date) return `'${value.toISOString().slice(0, 23).replace("T", " ")}'`;
  const text = typeof value === "string" ? value : JSON.stringify(value);
  return `'${text.replace(/'/g, "''")}'`;
}

/**
 * Inserts `rows` (createMany-shaped: field names are the column names) into `table`. A field
 * missing from a row gets the column's default, as with createMany.
 */
export async function bulkInsert(db: Executor, table: Prisma.ModelName, rows: readonly object[]): Promise<number> {
  for (let start = 0; start < rows.length; start += ROWS_PER_STATEMENT) {
    const chunk = rows.slice(start, start + ROWS_PER_STATEMENT) as Row[];
    const columns = [...new Set(chunk.flatMap((row) => Object.keys(row)))];
    const values = chunk.map(
      (row) => `(${columns.map((c) => (c in row && row[c] !== undefined ? literal(row[c]) : "DEFAULT")).join(",")})`,
    );
    await db.$executeRawUnsafe(
      `INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(",")}) VALUES ${values.join(",")}`,
    );
  }
  return rows.length;
}
