import { randomUUID } from "node:crypto";
import type { Db } from "@/server/db-client";
import type { Prisma } from "@/server/generated/prisma/client";
import { jsonOrNull } from "@/server/domain/json-param";
import { env } from "@/server/env.mjs";
import type { SelfServiceAction } from "./self-service-actions";
import { followsFailure, previousAttempt } from "./self-service-contact";

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
  const now = input.now ?? new Date();
  const previous =
    input.succeeded && !input.byOperator ? await previousAttempt(db, input.accountId, input.action) : null;
  const eventId = randomUUID();
  // Raw: it is written by every self-service change, and a query-builder create costs twice the CPU.
  await db.$executeRaw`
    INSERT INTO "SelfServiceEvent" ("id", "accountId", "action", "succeeded", "errorCode", "page", "details", "createdAt")
    VALUES (${eventId}, ${input.accountId}, ${input.action}, ${input.succeeded}, ${input.errorCode ?? null},
            ${input.page ?? null}, ${jsonOrNull(input.details)}::jsonb, ${now})`;
  if (previous && followsFailure(previous, now, env().SELF_SERVICE_SURVEY_WINDOW_MINUTES)) {
    await db.selfServiceContact.create({
      data: {
        accountId: input.accountId,
        action: input.action,
        failedEventId: previous.id,
        succeededEventId: eventId,
        errorCode: previous.errorCode,
        page: previous.page ?? input.page ?? null,
        createdAt: now,
      },
    });
  }
}
