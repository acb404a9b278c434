import type { Db } from "@/server/db-client";
import { readReminderFacts } from "./reminder-facts";
import { recovered, recoveryByDay, reminderOutcome, type RecoveryDay, type ReminderOutcome } from "./reminder-outcome";

const DAY_MS = 86_400_000;
/** How far back the reminders and the daily figure go. */
export const REPORT_DAYS = 14;

export interface SentReminder {
  id: string;
  accountNumber: string;
  sentAt: Date;
  amountAtRisk: number;
  outcome: ReminderOutcome;
  recovered: number;
}

/** Reminders of the last REPORT_DAYS with their outcomes, and the daily amount at risk and recovered. */
export async function getCollectionsReport(
  db: Db,
  now = new Date(),
): Promise<{ reminders: SentReminder[]; days: RecoveryDay[] }> {
  const rows = await readReminderFacts(db, { since: new Date(now.getTime() - REPORT_DAYS * DAY_MS) });
  return {
    reminders: rows.map((r) => ({
      id: r.id,
      accountNumber: r.accountNumber,
      sentAt: r.sentAt,
      amountAtRisk: r.amountAtRisk,
      outcome: reminderOutcome(r, now),
      recovered: recovered(r),
    })),
    days: recoveryByDay(rows),
  };
}
