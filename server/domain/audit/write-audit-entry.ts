import type { Db } from "@/server/db-client";
import type { Principal } from "@/server/auth/principal";
import type { Prisma } from "@/server/generated/prisma/client";

type DbOrTx = Db | Prisma.TransactionClient;

export interface AuditInput {
  /** Who pressed the button; null for the system itself. */
  actor: Principal | null;
  action: string;
  /** On whose behalf, when it concerns a subscriber's account. */
  subjectAccountId?: string | null;
  entityType?: string;
  entityId?: string;
  details?: Prisma.InputJsonValue;
  ip?: string | null;
}

export async function writeAuditEntry(db: DbOrTx, input: AuditInput): Promise<void> {
  const actor = input.actor;
  await db.auditLogEntry.create({
    data: {
      actorKind: actor === null ? "SYSTEM" : actor.kind === "staff" ? "STAFF" : "SUBSCRIBER",
      actorStaffId: actor?.kind === "staff" ? actor.staffId : null,
      actorAccountId: actor?.kind === "subscriber" ? actor.accountId : null,
      subjectAccountId: input.subjectAccountId ?? null,
      action: input.action,
      entityType: input.entityType ?? null,
      entityId: input.entityId ?? null,
      details: input.details,
      ip: input.ip ?? null,
    },
  });
}

type Snapshot = { readonly [key: string]: Prisma.InputJsonValue | null };

/**
 * A change of one record: who (the actor), what (the action and the record) and the record before and
 * after, null for a record created or removed. Written in the transaction of the change itself.
 */
export function writeChangeAudit(
  db: DbOrTx,
  input: Omit<AuditInput, "details" | "entityType" | "entityId"> & {
    entityType: string;
    entityId: string;
    before: Snapshot | null;
    after: Snapshot | null;
  },
): Promise<void> {
  const { before, after, ...rest } = input;
  return writeAuditEntry(db, { ...rest, details: { before, after } });
}
