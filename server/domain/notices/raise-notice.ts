import { randomUUID } from "node:crypto";
import type { Db } from "@/server/db-client";
import type { Tx } from "@/server/domain/account/with-account-lock";
import { createTranslator } from "@/i18n/translator";
import { localeOrDefault } from "@/i18n/locales";
import { enqueueMessage, type OutgoingMessage } from "@/server/domain/outbox/enqueue-message";
import { Prisma } from "@/server/generated/prisma/client";
import type { NoticeKind } from "@/server/generated/prisma/enums";
import { getNoticeSettings, type NoticeSetting } from "./notice-settings";
import { noticeText, type NoticeParams } from "./notice-text";
import { smsNotBefore } from "./quiet-hours";

export interface RaisedNotice<K extends NoticeKind> {
  accountId: string;
  kind: K;
  /** What it is about: a notice with the same kind and key is never raised twice for one account. */
  dedupeKey: string;
  params: NoticeParams[K];
  now: Date;
}

/**
 * Raises a notice once: the unique (account, kind, key) lets exactly one of any number of concurrent
 * callers insert it, and only that one puts its SMS and e-mail in the outbox, in the same transaction.
 * Nothing is raised for a kind the subscriber switched off; an SMS in the quiet hours waits for morning.
 */
export async function raiseNotice<K extends NoticeKind>(db: Db | Tx, notice: RaisedNotice<K>): Promise<boolean> {
  if ("$transaction" in db) return db.$transaction((tx) => raiseNotice(tx, notice));
  const setting = (await getNoticeSettings(db, notice.accountId))[notice.kind];
  if (!setting.enabled) return false;
  // Raw statements: notices are raised inside paid changes' transactions (see enqueueMessage).
  const inserted = await db.$executeRaw(noticeInsert(notice));
  if (inserted === 0) return false;
  const [account] = await db.$queryRaw<NoticeRecipient[]>`
    SELECT "phone", "email", "locale" FROM "SubscriberAccount" WHERE "id" = ${notice.accountId}`;
  if (!account) throw new Error(`no account ${notice.accountId} for a notice`);
  for (const message of noticeMessages(setting, account, notice)) await enqueueMessage(db, message);
  return true;
}

export interface NoticeRecipient {
  phone: string;
  email: string | null;
  locale: string;
}

/** The notice's row; a second one with the same account, kind and key inserts nothing. */
export function noticeInsert(notice: RaisedNotice<NoticeKind>): Prisma.Sql {
  const { accountId, kind, dedupeKey, params, now } = notice;
  return Prisma.sql`
    INSERT INTO "Notice" ("id", "accountId", "kind", "dedupeKey", "params", "createdAt")
    VALUES (${randomUUID()}, ${accountId}, ${kind}::"NoticeKind", ${dedupeKey}, ${JSON.stringify(params)}::jsonb, ${now}::timestamp)
    ON CONFLICT ("accountId", "kind", "dedupeKey") DO NOTHING`;
}

/** The SMS and e-mail the subscriber chose for this kind, in their language; an SMS in the quiet hours waits. */
export function noticeMessages<K extends NoticeKind>(
  setting: NoticeSetting,
  account: NoticeRecipient,
  notice: RaisedNotice<K>,
): OutgoingMessage[] {
  const locale = localeOrDefault(account.locale);
  const t = createTranslator(locale);
  const body = noticeText(t, locale, { kind: notice.kind, params: notice.params });
  const messages: OutgoingMessage[] = [];
  if (setting.sms)
    messages.push({ channel: "SMS", recipient: account.phone, body, notBefore: smsNotBefore(notice.now) });
  if (setting.email && account.email)
    messages.push({ channel: "EMAIL", recipient: account.email, subject: t("notices.emailSubject"), body });
  return messages;
}
