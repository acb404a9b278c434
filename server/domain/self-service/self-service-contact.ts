// When a self-service success is a contact worth a survey: it came right after a failed attempt of the same action.
import type { Db } from "@/server/db-client";
import { Prisma } from "@/server/generated/prisma/client";
import { env } from "@/server/env.mjs";

export interface PreviousAttempt {
  succeeded: boolean;
  createdAt: Date;
}

/**
 * The one rule: a success follows a failure when the account's attempt of the same action right before it failed,
 * no more than `windowMinutes` ago. A success after a success is routine; a failure long ago is another visit.
 */
export function followsFailure(previous: PreviousAttempt | null, now: Date, windowMinutes: number): boolean {
  if (!previous || previous.succeeded) return false;
  const age = now.getTime() - previous.createdAt.getTime();
  return age >= 0 && age <= windowMinutes * 60_000;
}

export type PreviousEvent = PreviousAttempt & { id: string; errorCode: string | null; page: string | null };

/** The attempt of this action right before now, for the rule above. */
export async function previousAttempt(db: Db | Prisma.TransactionClient, accountId: string, action: string) {
  // Raw: it runs inside every self-service change's transaction (see recordSelfServiceEvent).
  const [previous] = await db.$queryRaw<PreviousEvent[]>(previousAttemptQuery(accountId, action));
  return previous ?? null;
}

/** Its statement, also read with a change's other facts in one statement (runIdempotentSqlChange). */
export function previousAttemptQuery(accountId: string, action: string): Prisma.Sql {
  return Prisma.sql`
    SELECT "id", "succeeded", "createdAt", "errorCode", "page" FROM "SelfServiceEvent"
     WHERE "accountId" = ${accountId} AND "action" = ${action}
     ORDER BY "createdAt" DESC, "id" DESC LIMIT 1`;
}

/** How long after its success a contact's survey is still offered: the same window as the rule. */
export const surveyWindowMs = () => env().SELF_SERVICE_SURVEY_WINDOW_MINUTES * 60_000;
