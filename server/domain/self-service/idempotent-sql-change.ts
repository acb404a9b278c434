import { randomUUID } from "node:crypto";
import type { Db } from "@/server/db-client";
import { inOneStatement, sqlTransaction, type SqlRunner } from "@/server/db-driver";
import { Prisma, type ChangeRequest } from "@/server/generated/prisma/client";
import { accountLock } from "@/server/domain/account/with-account-lock";
import { AppError } from "@/server/domain/errors";
import { confirmationNotice, type Named } from "@/server/domain/notices/confirm-change";
import { DEFAULT_NOTICE_SETTING } from "@/server/domain/notices/notice-settings";
import { noticeInsert, noticeMessages } from "@/server/domain/notices/raise-notice";
import { outboxInsert } from "@/server/domain/outbox/enqueue-message";
import { settleIdempotentChange, type IdempotentChange } from "./idempotent-change";
import { selfServiceEventWrites } from "./record-self-service-event";
import { previousAttemptQuery } from "./self-service-contact";

export interface SqlChangeStep<Row> {
  /** A single-row SELECT of what the change depends on; read under the lock together with the frame's own facts. */
  load: Prisma.Sql;
  /** Plans and writes the change from the loaded row (AppError refuses it); returns it and the tariff or option it confirms. */
  apply(sql: SqlRunner, row: Row): Promise<{ change: ChangeRequest; named: Named }>;
}

/** What the frame reads beside the step's row: the key's earlier change, the confirmation's settings and recipient, the last attempt. */
interface FrameFacts {
  replayedId: string | null;
  phone: string;
  email: string | null;
  locale: string;
  noticeEnabled: boolean | null;
  noticeSms: boolean | null;
  noticeEmail: boolean | null;
  previousId: string | null;
  previousSucceeded: boolean | null;
  previousCreatedAt: Date | null;
  previousErrorCode: string | null;
  previousPage: string | null;
}

/**
 * runIdempotentChange's rules — one transaction under the account's row lock, once per idempotency key, the
 * confirmation notice with its SMS/e-mail and the self-service event (and survey contact) in that transaction,
 * refusals remembered — on the driver (server/db-driver.ts), for the hottest change: BEGIN, the lock, one read,
 * the step's writes, the frame's writes, COMMIT. The key is checked only under the lock (a replay waits for a
 * running change of the same account), where the Prisma frame also checks it before.
 */
export async function runIdempotentSqlChange<Row>(
  db: Db,
  opts: IdempotentChange,
  step: SqlChangeStep<Row>,
): Promise<ChangeRequest> {
  const { accountId } = opts;
  const change = await settleIdempotentChange(db, opts, () =>
    sqlTransaction(db, async (sql) => {
      await sql.query(accountLock(accountId));
      // After the lock, in a statement of its own: it reads what the lock's holder committed.
      const [facts] = await sql.query<FrameFacts & Row>(Prisma.sql`
        SELECT k."id" AS "replayedId", a."phone", a."email", a."locale",
               n."enabled" AS "noticeEnabled", n."sms" AS "noticeSms", n."email" AS "noticeEmail",
               p."id" AS "previousId", p."succeeded" AS "previousSucceeded", p."createdAt" AS "previousCreatedAt",
               p."errorCode" AS "previousErrorCode", p."page" AS "previousPage", step.*
          FROM "SubscriberAccount" a
          CROSS JOIN (${step.load}) step
          LEFT JOIN "ChangeRequest" k ON k."idempotencyKey" = ${opts.idempotencyKey}
          LEFT JOIN "NoticeSetting" n ON n."accountId" = a."id" AND n."kind" = 'CHANGE_CONFIRMED'
          LEFT JOIN LATERAL (${previousAttemptQuery(accountId, opts.action)}) p ON true
         WHERE a."id" = ${accountId}`);
      if (!facts) throw new AppError("NOT_FOUND");
      if (facts.replayedId) {
        const [replayed] = await sql.query<ChangeRequest>(
          Prisma.sql`SELECT * FROM "ChangeRequest" WHERE "id" = ${facts.replayedId}`,
        );
        return replayed!;
      }
      const { change, named } = await step.apply(sql, facts);
      await sql.query(inOneStatement(frameWrites(opts, facts, change, named)));
      return change;
    }),
  );
  if (change.accountId !== accountId) throw new AppError("CONFLICT");
  return change;
}

/** The confirmation (as raiseNotice writes it) and the self-service event (as recordSelfServiceEvent does). */
function frameWrites(opts: IdempotentChange, facts: FrameFacts, change: ChangeRequest, named: Named): Prisma.Sql[] {
  const setting =
    facts.noticeEnabled === null
      ? DEFAULT_NOTICE_SETTING
      : { enabled: facts.noticeEnabled, sms: facts.noticeSms!, email: facts.noticeEmail! };
  const notice = confirmationNotice(change, named);
  // The notice's key names this new change, so it is inserted: its messages go out with it, as in raiseNotice.
  const writes = setting.enabled
    ? [noticeInsert(notice), ...noticeMessages(setting, facts, notice).map((m) => outboxInsert(randomUUID(), m))]
    : [];
  const previous = facts.previousId
    ? {
        id: facts.previousId,
        succeeded: facts.previousSucceeded!,
        createdAt: facts.previousCreatedAt!,
        errorCode: facts.previousErrorCode,
        page: facts.previousPage,
      }
    : null;
  const event = {
    accountId: opts.accountId,
    action: opts.action,
    succeeded: true,
    page: opts.actor.page,
    byOperator: opts.actor.principal.kind === "staff",
  };
  return [...writes, ...selfServiceEventWrites(event, previous)];
}
