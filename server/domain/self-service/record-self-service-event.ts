import { randomUUID } from "node:crypto";
import type { Db } from "@/server/db-client";
import type { Prisma } from "@/server/generated/prisma/client";
import { jsonOrNull } from "@/server/domain/json-param";
import type { SelfServiceAction } from "./self-service-actions";

export interface SelfServiceEventInput {
  accountId: string;
  action: SelfServiceAction;
  succeeded: boolean;
  errorCode?: string | null;
  page?: string | null;
  details?: Prisma.InputJsonValue;
}

/** Remembers how a self-service attempt ended: hints react to the last failure, operators see the trail. */
export async function recordSelfServiceEvent(
  db: Db | Prisma.TransactionClient,
  input: SelfServiceEventInput,
): Promise<void> {
  // Raw: it is written by every self-service change, and a query-builder create costs twice the CPU.
  await db.$executeRaw`
    INSERT INTO "SelfServiceEvent" ("id", "accountId", "action", "succeeded", "errorCode", "page", "details")
    VALUES (${randomUUID()}, ${input.accountId}, ${input.action}, ${input.succeeded}, ${input.errorCode ?? null},
            ${input.page ?? null}, ${jsonOrNull(input.details)}::jsonb)`;
}
