import { randomUUID } from "node:crypto";
import type { Db } from "@/server/db-client";
import type { Principal } from "@/server/auth/principal";
import { Prisma } from "@/server/generated/prisma/client";
import { jsonOrNull } from "@/server/domain/json-param";

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

/** Raw, not the query builder: every change writes one, often under an account lock. */
export async function writeAuditEntry(db: DbOrTx, input: AuditInput): Promise<void> {
  await db.$executeRaw(auditEntryInsert(input));
}

/** The entry as one INSERT statement, for a caller that folds it into its own writes (inOneStatement). */
export function auditEntryInsert(input: AuditInput): Prisma.Sql {
  const actor = input.actor;
  const actorKind = actor === null ? "SYSTEM" : actor.kind === "staff" ? "STAFF" : "SUBSCRIBER";
  return Prisma.sql`
    INSERT INTO "AuditLogEntry" ("id", "actorKind", "actorStaffId", "actorAccountId", "subjectAccountId", "action",
                                 "entityType", "entityId", "details", "ip")
    VALUES (${randomUUID()}, ${actorKind}::"ActorKind", ${actor?.kind === "staff" ? actor.staffId : null},
            ${actor?.kind === "subscriber" ? actor.accountId : null}, ${input.subjectAccountId ?? null}, ${input.action},
            ${input.entityType ?? null}, ${input.entityId ?? null}, ${jsonOrNull(input.details)}::jsonb, ${input.ip ?? null})`;
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
