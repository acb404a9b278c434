import type { Db } from "@/server/db-client";
import type { Prisma } from "@/server/generated/prisma/client";
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
  await db.selfServiceEvent.create({
    data: {
      accountId: input.accountId,
      action: input.action,
      succeeded: input.succeeded,
      errorCode: input.errorCode ?? null,
      page: input.page ?? null,
      details: input.details,
    },
  });
}
