import type { Db } from "@/server/db-client";
import type { StaffPrincipal } from "@/server/auth/principal";
import { enqueueMessage } from "@/server/domain/outbox/enqueue-message";
import { isUniqueViolation } from "@/server/domain/unique-violation";
import { localeOrDefault, type Locale } from "@/i18n/locales";
import { getDailyReport, type DailyReport } from "./daily-report";

/** The Moscow hour of a time (UTC+3 all year). */
const moscowHour = (at: Date) => (at.getUTCHours() + 3) % 24;

export async function setDailyReportOptIn(db: Db, actor: StaffPrincipal, optIn: boolean) {
  await db.staffUser.update({ where: { id: actor.staffId }, data: { dailyReportOptIn: optIn } });
  return { optIn };
}

export async function dailyReportOptIn(db: Db, actor: StaffPrincipal): Promise<boolean> {
  const staff = await db.staffUser.findUnique({ where: { id: actor.staffId }, select: { dailyReportOptIn: true } });
  return staff?.dailyReportOptIn ?? false;
}

export interface DailyReportMailOptions {
  now: Date;
  /** Not before this Moscow hour. */
  sendHour: number;
  slaSeconds: number;
  /** The e-mail in the recipient's language. */
  render: (report: DailyReport, locale: Locale) => { subject: string; body: string };
}

/**
 * Each morning (Moscow time, from `sendHour`), yesterday's report goes by e-mail through the outbox to every active
 * supervisor or admin who opted in, each in the language they last chose: once per day, whichever instance's pass
 * gets there first (the day's row is the guard, in the same transaction as the messages). Returns how many were
 * queued.
 */
export async function sendDailyReportMail(db: Db, options: DailyReportMailOptions): Promise<number> {
  if (moscowHour(options.now) < options.sendHour) return 0;
  const report = await getDailyReport(db, { now: options.now, slaSeconds: options.slaSeconds });
  if (await db.dailyReportDispatch.findUnique({ where: { day: report.day } })) return 0;
  // Roles are checked here: a filter on the enum array is not mapped by the PGlite adapter.
  const recipients = (
    await db.staffUser.findMany({
      where: { dailyReportOptIn: true, isActive: true },
      select: { email: true, roles: true, locale: true },
    })
  ).filter((staff) => staff.roles.some((role) => role === "SUPERVISOR" || role === "ADMIN"));
  try {
    await db.$transaction(async (tx) => {
      await tx.dailyReportDispatch.create({ data: { day: report.day, createdAt: options.now } });
      for (const { email, locale } of recipients)
        await enqueueMessage(tx, {
          channel: "EMAIL",
          recipient: email,
          ...options.render(report, localeOrDefault(locale)),
        });
    });
  } catch (error) {
    if (isUniqueViolation(error)) return 0;
    throw error;
  }
  return recipients.length;
}
