import { randomUUID } from "node:crypto";
import type { Db } from "@/server/db-client";
import { Prisma } from "@/server/generated/prisma/client";
import { jsonOrNull } from "@/server/domain/json-param";
import { env } from "@/server/env.mjs";
import type { SelfServiceAction } from "./self-service-actions";
import { followsFailure, previousAttempt, type PreviousEvent } from "./self-service-contact";

export interface SelfServiceEventInput {
  accountId: string;
  action: SelfServiceAction;
  succeeded: boolean;
  errorCode?: string | null;
  page?: string | null;
  details?: Prisma.InputJsonValue;
  /** An operator made it for the subscriber in a chat: that contact is the chat's, surveyed there. */
  byOperator?: boolean;
  now?: Date;
}

/**
 * Remembers how a self-service attempt ended: hints react to the last failure, operators see the trail. A success
 * right after a failure of the same action is a contact: the subscriber is asked the survey about it.
 */
export async function recordSelfServiceEvent(
  db: Db | Prisma.TransactionClient,
  input: SelfServiceEventInput,
): Promise<void> {
  const previous =
    input.succeeded && !input.byOperator ? await previousAttempt(db, input.accountId, input.action) : null;
  // Raw: it is written by every self-service change, and a query-builder create costs twice the CPU.
  for (const write of selfServiceEventWrites(input, previous)) await db.$executeRaw(write);
}

/**
 * The event's row and, when this success follows a failure (`previous`: the attempt of the same action right
 * before it), the contact to survey, as INSERT statements in that order.
 */
export function selfServiceEventWrites(input: SelfServiceEventInput, previous: PreviousEvent | null): Prisma.Sql[] {
  const now = input.now ?? new Date();
  const eventId = randomUUID();
  const writes = [
    Prisma.sql`
      INSERT INTO "SelfServiceEvent" ("id", "accountId", "action", "succeeded", "errorCode", "page", "details", "createdAt")
      VALUES (${eventId}, ${input.accountId}, ${input.action}, ${input.succeeded}, ${input.errorCode ?? null},
              ${input.page ?? null}, ${jsonOrNull(input.details)}::jsonb, ${now}::timestamp)`,
  ];
  const contact = input.succeeded && !input.byOperator;
  if (contact && followsFailure(previous, now, env().SELF_SERVICE_SURVEY_WINDOW_MINUTES)) {
    writes.push(Prisma.sql`
      INSERT INTO "SelfServiceContact" ("id", "accountId", "action", "failedEventId", "succeededEventId", "errorCode",
                                        "page", "createdAt")
      VALUES (${randomUUID()}, ${input.accountId}, ${input.action}, ${previous!.id}, ${eventId}, ${previous!.errorCode},
              ${previous!.page ?? input.page ?? null}, ${now}::timestamp)`);
  }
  return writes;
}
