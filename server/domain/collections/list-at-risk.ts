import type { Db } from "@/server/db-client";
import { Prisma } from "@/server/generated/prisma/client";
import type { CollectionReason } from "@/server/generated/prisma/enums";
import { assessAccounts } from "./assess-accounts";
import { readReminderFacts } from "./reminder-facts";
import { reminderOutcome, type ReminderOutcome } from "./reminder-outcome";

/** The most accounts one page lists, soonest first. */
export const AT_RISK_LIST_LIMIT = 200;

export type ContactKind = "REMINDER" | "NOTICE" | "CHAT";

export interface AtRiskAccount {
  accountId: string;
  accountNumber: string;
  fullName: string;
  balance: number;
  reason: CollectionReason;
  forecastAt: Date;
  amountAtRisk: number;
  /** The newest of our reminders, notices and chat messages. */
  lastContact: { at: Date; kind: ContactKind } | null;
  /** What came of the last reminder, if one was sent. */
  lastReminder: { sentAt: Date; outcome: ReminderOutcome } | null;
}

interface Contacts {
  id: string;
  reminder: Date | null;
  notice: Date | null;
  chat: Date | null;
}

function newestContact(row: Contacts | undefined): AtRiskAccount["lastContact"] {
  if (!row) return null;
  const seen = (["REMINDER", "NOTICE", "CHAT"] as const)
    .map((kind) => ({ kind, at: row[kind.toLowerCase() as "reminder" | "notice" | "chat"] }))
    .filter((c): c is { kind: ContactKind; at: Date } => c.at !== null);
  seen.sort((a, b) => b.at.getTime() - a.at.getTime());
  return seen[0] ?? null;
}

/** Accounts forecast to go below zero by the next charge or to be blocked soon, the soonest first. */
export async function listAtRisk(
  db: Db,
  input: { reason?: CollectionReason },
  now = new Date(),
): Promise<{ accounts: AtRiskAccount[]; total: number }> {
  const all = (await assessAccounts(db, now)).filter((a) => !input.reason || a.reason === input.reason);
  all.sort((a, b) => a.forecastAt.getTime() - b.forecastAt.getTime() || b.amountAtRisk - a.amountAtRisk);
  const shown = all.slice(0, AT_RISK_LIST_LIMIT);
  const ids = shown.map((a) => a.accountId);
  if (ids.length === 0) return { accounts: [], total: 0 };
  const [people, contacts, reminders] = await Promise.all([
    db.subscriberAccount.findMany({
      where: { id: { in: ids } },
      select: { id: true, accountNumber: true, fullName: true },
    }),
    db.$queryRaw<Contacts[]>(Prisma.sql`
      SELECT a."id",
             (SELECT MAX(r."sentAt") FROM "CollectionReminder" r WHERE r."accountId" = a."id") AS "reminder",
             (SELECT MAX(n."createdAt") FROM "Notice" n WHERE n."accountId" = a."id") AS "notice",
             (SELECT MAX(m."createdAt") FROM "ChatMessage" m JOIN "Chat" c ON c."id" = m."chatId"
               WHERE c."accountId" = a."id") AS "chat"
        FROM "SubscriberAccount" a
       WHERE a."id" IN (${Prisma.join(ids)})`),
    readReminderFacts(db, { accountIds: ids }),
  ]);
  const personOf = new Map(people.map((p) => [p.id, p]));
  const contactsOf = new Map(contacts.map((c) => [c.id, c]));
  const lastReminderOf = new Map<string, AtRiskAccount["lastReminder"]>();
  // Newest first, so the first seen per account is its last reminder.
  for (const r of reminders) {
    if (!lastReminderOf.has(r.accountId))
      lastReminderOf.set(r.accountId, { sentAt: r.sentAt, outcome: reminderOutcome(r, now) });
  }
  const accounts = shown.flatMap((a) => {
    const person = personOf.get(a.accountId);
    if (!person) return [];
    return [
      {
        ...a,
        accountNumber: person.accountNumber,
        fullName: person.fullName,
        lastContact: newestContact(contactsOf.get(a.accountId)),
        lastReminder: lastReminderOf.get(a.accountId) ?? null,
      },
    ];
  });
  return { accounts, total: all.length };
}
