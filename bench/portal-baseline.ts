/**
 * The portal bench's baseline: a bare node:http handler running the SQL of getAccountSummary (the
 * very statement) and changeTariff with `pg` directly — no tRPC, no Prisma, no zod. The tariff change keeps
 * the domain's statements and order (idempotency check, row lock, reads, plan, writes, audit, the
 * confirmation notice with its SMS, self-service event) in one transaction; planning reuses the domain's pure planTariffChange.
 */
import http from "node:http";
import type { AddressInfo } from "node:net";
import { randomUUID } from "node:crypto";
import pg from "pg";
import { planTariffChange, proratedTariffFeeText } from "@/server/domain/tariffs/plan-tariff-change";
import { accountSummaryQuery } from "@/server/domain/account/get-account-summary";
import { DEFAULT_NOTICE_SETTING } from "@/server/domain/notices/notice-settings";
import { noticeText } from "@/server/domain/notices/notice-text";
import { createTranslator } from "@/i18n/translator";
import { localeOrDefault } from "@/i18n/locales";

/** Who the request is for: both servers take the subscriber from this header (no session lookup). */
export const BENCH_ACCOUNT_HEADER = "x-bench-account";

export interface BenchHttpServer {
  port: number;
  close(): Promise<void>;
}

type Client = pg.PoolClient | pg.Pool;

async function accountSummary(db: Client, accountId: string) {
  const query = accountSummaryQuery(accountId);
  const {
    rows: [account],
  } = await db.query(query.text, query.values);
  return account ?? null;
}

type ChangeOutcome = { changeId: string; charged: number } | { refusal: string };

async function changeTariff(
  pool: pg.Pool,
  accountId: string,
  tariffId: string,
  idempotencyKey: string,
): Promise<ChangeOutcome> {
  const replay = async (db: Client) =>
    (await db.query(`SELECT "id", "chargedAmount" FROM "ChangeRequest" WHERE "idempotencyKey" = $1`, [idempotencyKey]))
      .rows[0];
  const earlier = await replay(pool);
  if (earlier) return { changeId: earlier.id, charged: earlier.chargedAmount };
  const tx = await pool.connect();
  try {
    await tx.query("BEGIN");
    await tx.query(`SELECT "id" FROM "SubscriberAccount" WHERE "id" = $1 FOR UPDATE`, [accountId]);
    const meanwhile = await replay(tx);
    if (meanwhile) {
      await tx.query("COMMIT");
      return { changeId: meanwhile.id, charged: meanwhile.chargedAmount };
    }
    const now = new Date();
    const {
      rows: [account],
    } = await tx.query(
      `SELECT a."id", a."status", a."tariffId", t."monthlyFee" FROM "SubscriberAccount" a JOIN "Tariff" t ON t."id" = a."tariffId" WHERE a."id" = $1`,
      [accountId],
    );
    const {
      rows: [target],
    } = await tx.query(
      `SELECT t."id", t."name", t."nameEn", t."monthlyFee", t."isArchived", ARRAY(SELECT "optionId" FROM "TariffIncludedOption" WHERE "tariffId" = t."id") AS "includedOptionIds"
         FROM "Tariff" t WHERE t."id" = $1`,
      [tariffId],
    );
    if (!account || !target) throw new Error("NOT_FOUND");
    const { rows: subscriptions } = await tx.query(
      `SELECT o."id", o."code", o."exclusiveGroup", o."isArchived",
              ARRAY(SELECT c."tariffId" FROM "OptionCompatibility" c WHERE c."optionId" = o."id") AS "compatibleTariffIds"
         FROM "OptionSubscription" s JOIN "Option" o ON o."id" = s."optionId"
        WHERE s."accountId" = $1 AND s."disconnectedAt" IS NULL ORDER BY s."connectedAt"`,
      [accountId],
    );
    const {
      rows: [sum],
    } = await tx.query(
      `SELECT COALESCE(SUM("amount"), 0)::int AS "balance" FROM "LedgerEntry" WHERE "accountId" = $1`,
      [accountId],
    );
    const plan = planTariffChange({
      currentTariffId: account.tariffId,
      target,
      activeOptions: subscriptions,
      balance: sum?.balance ?? 0,
      now,
    });
    const refusal = account.status === "BLOCKED_FOR_DEBT" ? "ACCOUNT_BLOCKED" : plan.refusal;
    if (refusal) {
      await tx.query("ROLLBACK");
      await recordEvent(pool, accountId, false, refusal);
      return { refusal };
    }
    const changeId = randomUUID();
    await tx.query(
      `INSERT INTO "ChangeRequest" ("id", "accountId", "kind", "status", "fromTariffId", "toTariffId", "chargedAmount", "idempotencyKey", "createdAt")
       VALUES ($1, $2, 'TARIFF_CHANGE', 'APPLIED', $3, $4, $5, $6, $7)`,
      [changeId, accountId, account.tariffId, target.id, plan.chargeToday, idempotencyKey, now],
    );
    if (plan.chargeToday > 0) {
      const text = proratedTariffFeeText(target, now);
      await tx.query(
        `INSERT INTO "LedgerEntry" ("id", "accountId", "type", "category", "amount", "textCode", "textParams", "changeRequestId", "createdAt")
         VALUES ($1, $2, 'CHARGE', 'TARIFF_FEE', $3, $4, $5, $6, $7)`,
        [randomUUID(), accountId, -plan.chargeToday, text.textCode, JSON.stringify(text.textParams), changeId, now],
      );
    }
    await tx.query(
      `UPDATE "SubscriberAccount" SET "tariffId" = $2, "tariffSince" = $3, "updatedAt" = $3 WHERE "id" = $1`,
      [accountId, target.id, now],
    );
    if (plan.switchedOff.length > 0) {
      await tx.query(
        `UPDATE "OptionSubscription" SET "disconnectedAt" = $3 WHERE "accountId" = $1 AND "disconnectedAt" IS NULL AND "optionId" = ANY($2)`,
        [accountId, plan.switchedOff.map((o) => o.optionId), now],
      );
    }
    await tx.query(
      `INSERT INTO "AuditLogEntry" ("id", "actorKind", "actorAccountId", "subjectAccountId", "action", "entityType", "entityId", "details", "createdAt")
       VALUES ($1, 'SUBSCRIBER', $2, $2, 'tariff.change', 'ChangeRequest', $3, $4, $5)`,
      [
        randomUUID(),
        accountId,
        changeId,
        JSON.stringify({
          from: account.tariffId,
          to: target.id,
          charged: plan.chargeToday,
          switchedOff: plan.switchedOff,
          chatId: null,
        }),
        now,
      ],
    );
    await confirmChange(tx, accountId, changeId, target.id, plan.chargeToday, now);
    await recordEvent(tx, accountId, true, null);
    await tx.query("COMMIT");
    return { changeId, charged: plan.chargeToday };
  } catch (error) {
    await tx.query("ROLLBACK").catch(() => undefined);
    throw error;
  } finally {
    tx.release();
  }
}

/** The change's confirmation notice and its SMS, as confirmChange/raiseNotice write them in the same transaction. */
async function confirmChange(
  db: Client,
  accountId: string,
  changeId: string,
  tariffId: string,
  charged: number,
  now: Date,
) {
  const {
    rows: [named],
  } = await db.query(`SELECT "name", "nameEn" FROM "Tariff" WHERE "id" = $1`, [tariffId]);
  const { rows: settings } = await db.query(
    `SELECT "kind", "enabled", "sms", "email" FROM "NoticeSetting" WHERE "accountId" = $1`,
    [accountId],
  );
  const setting = settings.find((row) => row.kind === "CHANGE_CONFIRMED") ?? DEFAULT_NOTICE_SETTING;
  if (!setting.enabled) return;
  const params = { change: "TARIFF_CHANGE", name: named.name, nameEn: named.nameEn, charged };
  const inserted = await db.query(
    `INSERT INTO "Notice" ("id", "accountId", "kind", "dedupeKey", "params", "createdAt")
     VALUES ($1, $2, 'CHANGE_CONFIRMED', $3, $4, $5) ON CONFLICT ("accountId", "kind", "dedupeKey") DO NOTHING`,
    [randomUUID(), accountId, `change:${changeId}`, JSON.stringify(params), now],
  );
  if (inserted.rowCount === 0) return;
  const {
    rows: [account],
  } = await db.query(`SELECT "phone", "email", "locale" FROM "SubscriberAccount" WHERE "id" = $1`, [accountId]);
  const locale = localeOrDefault(account.locale);
  const body = noticeText(createTranslator(locale), locale, { kind: "CHANGE_CONFIRMED", params });
  if (setting.sms)
    await db.query(`INSERT INTO "OutboxMessage" ("id", "channel", "recipient", "body") VALUES ($1, 'SMS', $2, $3)`, [
      randomUUID(),
      account.phone,
      body,
    ]);
}

async function recordEvent(db: Client, accountId: string, succeeded: boolean, errorCode: string | null) {
  await db.query(
    `INSERT INTO "SelfServiceEvent" ("id", "accountId", "action", "succeeded", "errorCode", "createdAt") VALUES ($1, $2, 'tariff.change', $3, $4, now())`,
    [randomUUID(), accountId, succeeded, errorCode],
  );
}

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

/** GET /summary and POST /tariff-change ({ tariffId, idempotencyKey }) for the account in the header. */
export async function startBaselineServer(databaseUrl: string, poolSize: number): Promise<BenchHttpServer> {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: poolSize });
  const send = (res: http.ServerResponse, status: number, body: unknown) => {
    res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body));
  };
  const server = http.createServer((req, res) => {
    const accountId = String(req.headers[BENCH_ACCOUNT_HEADER] ?? "");
    const handle = async () => {
      if (req.method === "GET" && req.url === "/summary") {
        const summary = await accountSummary(pool, accountId);
        return summary ? send(res, 200, summary) : send(res, 404, { error: "NOT_FOUND" });
      }
      if (req.method === "POST" && req.url === "/tariff-change") {
        const input = JSON.parse(await readBody(req)) as { tariffId: string; idempotencyKey: string };
        const outcome = await changeTariff(pool, accountId, input.tariffId, input.idempotencyKey);
        return "refusal" in outcome ? send(res, 412, { error: outcome.refusal }) : send(res, 200, outcome);
      }
      send(res, 404, { error: "NOT_FOUND" });
    };
    handle().catch((error: unknown) => send(res, 500, { error: String(error) }));
  });
  return serveOnLoopback(server, () => pool.end());
}

/** Listens on a free loopback port; close() ends open keep-alive connections too, then `after`. */
export async function serveOnLoopback(
  server: http.Server,
  after: () => Promise<void> = async () => undefined,
): Promise<BenchHttpServer> {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    port: (server.address() as AddressInfo).port,
    async close() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await after();
    },
  };
}
