import type { Db } from "@/server/db-client";
import type { StaffPrincipal } from "@/server/auth/principal";
import { withAccountLock } from "@/server/domain/account/with-account-lock";
import { writeAuditEntry } from "@/server/domain/audit/write-audit-entry";
import { AppError } from "@/server/domain/errors";
import { enqueueMessage } from "@/server/domain/outbox/enqueue-message";
import { smsNotBefore } from "@/server/domain/notices/quiet-hours";
import { localeOrDefault } from "@/i18n/locales";
import { createTranslator } from "@/i18n/translator";
import { formatMoney, intlLocale, TIME_ZONE } from "@/i18n/format";
import { assessAccounts, type AssessedAccount } from "./assess-accounts";

const HOUR_MS = 3_600_000;

export interface ReminderLimits {
  /** An account gets at most one reminder in this many hours. */
  intervalHours: number;
  /** At most this many accounts in one request. */
  perRequest: number;
}

export interface SendReport {
  sent: number;
  /** Reminded within the interval already: left alone. */
  recent: number;
  /** No longer at risk (paid meanwhile), or not an active account: left alone. */
  notAtRisk: number;
}

/**
 * Sends the reminder SMS to each account named, through the outbox (after the quiet hours at night),
 * with the amount at risk recorded as it is now. Each account is handled under its own lock, so
 * parallel requests remind it once; each reminder is its own transaction, whole or not at all.
 */
export async function sendCollectionReminders(
  db: Db,
  actor: StaffPrincipal,
  input: { accountIds: readonly string[] },
  limits: ReminderLimits,
  now = new Date(),
): Promise<SendReport> {
  const ids = [...new Set(input.accountIds)];
  if (ids.length === 0) throw new AppError("INVALID_INPUT");
  if (ids.length > limits.perRequest) throw new AppError("TOO_MANY_REMINDERS", { max: limits.perRequest });
  const report: SendReport = { sent: 0, recent: 0, notAtRisk: 0 };
  const since = new Date(now.getTime() - limits.intervalHours * HOUR_MS);
  for (const accountId of ids) {
    const outcome = await withAccountLock(db, accountId, async (tx) => {
      const recent = await tx.collectionReminder.findFirst({ where: { accountId, sentAt: { gt: since } } });
      if (recent) return "recent" as const;
      const [risk] = await assessAccounts(tx, now, [accountId]);
      if (!risk) return "notAtRisk" as const;
      const reminder = await tx.collectionReminder.create({
        data: {
          accountId,
          reason: risk.reason,
          amountAtRisk: risk.amountAtRisk,
          forecastAt: risk.forecastAt,
          sentById: actor.staffId,
          sentAt: now,
        },
      });
      const account = await tx.subscriberAccount.findUniqueOrThrow({
        where: { id: accountId },
        select: { phone: true, locale: true },
      });
      await enqueueMessage(tx, {
        channel: "SMS",
        recipient: account.phone,
        body: reminderText(account.locale, risk),
        notBefore: smsNotBefore(now),
      });
      await writeAuditEntry(tx, {
        actor,
        action: "collections.remind",
        subjectAccountId: accountId,
        entityType: "CollectionReminder",
        entityId: reminder.id,
        details: { reason: risk.reason, amountAtRisk: risk.amountAtRisk },
      });
      return "sent" as const;
    });
    report[outcome] += 1;
  }
  return report;
}

/** The SMS in the subscriber's language: how much is short, by when, and how to put it right. */
export function reminderText(
  accountLocale: string,
  risk: Pick<AssessedAccount, "reason" | "amountAtRisk" | "forecastAt">,
) {
  const locale = localeOrDefault(accountLocale);
  const t = createTranslator(locale);
  const date = new Intl.DateTimeFormat(intlLocale(locale), { day: "numeric", month: "long", timeZone: TIME_ZONE });
  const values = { amount: formatMoney(risk.amountAtRisk, locale), date: date.format(risk.forecastAt) };
  return risk.reason === "BLOCK_SOON"
    ? t("collections.smsBLOCK_SOON", values)
    : t("collections.smsNEGATIVE_BEFORE_CHARGE", values);
}
