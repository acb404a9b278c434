import type { Prisma } from "@/server/generated/prisma/client";

/** A Json column's value as a raw-SQL parameter (cast with `::jsonb`): absent is SQL NULL, as the query builder stores it. */
export function jsonOrNull(value: Prisma.InputJsonValue | undefined): string | null {
  return value === undefined ? null : JSON.stringify(value);
}
