import type { Db } from "@/server/db-client";
import type { Principal } from "@/server/auth/principal";
import { withAccountLock, type Tx } from "@/server/domain/account/with-account-lock";
import { AppError, isAppError } from "@/server/domain/errors";
import type { ChangeRequest } from "@/server/generated/prisma/client";
import { isUniqueViolation } from "@/server/domain/unique-violation";
import { confirmChange } from "@/server/domain/notices/confirm-change";
import { recordSelfServiceEvent } from "./record-self-service-event";
import type { SelfServiceAction } from "./self-service-actions";

export interface ChangeActor {
  /** Who pressed the button: the subscriber, or an operator acting for them. */
  principal: Principal;
  /** The chat in which the subscriber consented, when an operator acts. */
  chatId?: string | null;
  page?: string | null;
}

/** The staff member who acted for the subscriber, or null when the subscriber did it. */
export function actorStaffId(actor: ChangeActor): string | null {
  return actor.principal.kind === "staff" ? actor.principal.staffId : null;
}

function findChangeByKey(db: Db | Tx, idempotencyKey: string): Promise<ChangeRequest | undefined> {
  return db.$queryRaw<ChangeRequest[]>`SELECT * FROM "ChangeRequest" WHERE "idempotencyKey" = ${idempotencyKey}`.then(
    (rows) => rows[0],
  );
}

export interface IdempotentChange {
  accountId: string;
  idempotencyKey: string;
  action: SelfServiceAction;
  actor: ChangeActor;
}

/** The change made earlier with this key, if any; CONFLICT when the key is another account's. */
async function replay(db: Db, opts: IdempotentChange): Promise<ChangeRequest | undefined> {
  const existing = await findChangeByKey(db, opts.idempotencyKey);
  if (existing && existing.accountId !== opts.accountId) throw new AppError("CONFLICT");
  return existing;
}

/**
 * The shared frame of every paid self-service change: one transaction under the
 * account lock, and an idempotency key so a retried or doubled request changes
 * once and charges once (the second caller gets the first result).
 * Refusals are remembered as failed self-service events for hints and operators; an applied change is
 * confirmed to the subscriber (a notice) in the same transaction.
 */
export async function runIdempotentChange(
  db: Db,
  opts: IdempotentChange,
  apply: (tx: Tx) => Promise<ChangeRequest>,
): Promise<ChangeRequest> {
  const earlier = await replay(db, opts);
  if (earlier) return earlier;
  return settleIdempotentChange(db, opts, () =>
    withAccountLock(db, opts.accountId, async (tx) => {
      const committedMeanwhile = await findChangeByKey(tx, opts.idempotencyKey);
      if (committedMeanwhile) return committedMeanwhile;
      const change = await apply(tx);
      await confirmChange(tx, change);
      await recordSelfServiceEvent(tx, {
        accountId: opts.accountId,
        action: opts.action,
        succeeded: true,
        page: opts.actor.page,
        byOperator: opts.actor.principal.kind === "staff",
      });
      return change;
    }),
  );
}

/**
 * How the frame ends, whichever way its transaction ran (runIdempotentSqlChange too): a request that lost the
 * race for its key gets the winner's change; a refusal is remembered as a failed self-service event.
 */
export async function settleIdempotentChange(
  db: Db,
  opts: IdempotentChange,
  attempt: () => Promise<ChangeRequest>,
): Promise<ChangeRequest> {
  try {
    return await attempt();
  } catch (error) {
    // Two requests with one key raced past the lock's re-check: the other one won.
    if (isUniqueViolation(error)) {
      const winner = await replay(db, opts);
      if (winner) return winner;
    }
    if (isAppError(error)) {
      await recordSelfServiceEvent(db, {
        accountId: opts.accountId,
        action: opts.action,
        succeeded: false,
        errorCode: error.code,
        page: opts.actor.page,
      });
    }
    throw error;
  }
}
