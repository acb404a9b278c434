import { Prisma } from "@/server/generated/prisma/client";

/**
 * A unique constraint refused a row. Prisma reports it as P2002 through adapter-pg; the
 * embedded PGlite adapter surfaces PostgreSQL's own error (23505) instead, and a raw query
 * (P2010) carries it in meta.driverAdapterError, so all of them are read.
 */
export function isUniqueViolation(error: unknown): boolean {
  if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") return true;
  const seen = new Set<unknown>();
  const pending: unknown[] = [error];
  while (pending.length) {
    const candidate = pending.pop() as {
      code?: unknown;
      message?: unknown;
      cause?: unknown;
      meta?: { driverAdapterError?: unknown };
    } | null;
    if (!candidate || typeof candidate !== "object" || seen.has(candidate)) continue;
    seen.add(candidate);
    if (candidate.code === "23505") return true;
    if (typeof candidate.message === "string" && candidate.message.includes("violates unique constraint")) return true;
    pending.push(candidate.cause, candidate.meta?.driverAdapterError);
  }
  return false;
}
