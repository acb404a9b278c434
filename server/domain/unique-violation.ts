import { Prisma } from "@/server/generated/prisma/client";

/**
 * A unique constraint refused a row. Prisma reports it as P2002 through adapter-pg; the
 * embedded PGlite adapter surfaces PostgreSQL's own error (23505) instead, so both are read.
 */
export function isUniqueViolation(error: unknown): boolean {
  if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") return true;
  for (let e: unknown = error; e; e = (e as { cause?: unknown }).cause) {
    const candidate = e as { code?: unknown; message?: unknown; cause?: unknown };
    if (candidate.code === "23505") return true;
    if (typeof candidate.message === "string" && candidate.message.includes("violates unique constraint")) return true;
    if (candidate.cause === e) break;
  }
  return false;
}
