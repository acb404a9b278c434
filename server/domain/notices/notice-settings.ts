import type { Db } from "@/server/db-client";
import type { Tx } from "@/server/domain/account/with-account-lock";
import { NoticeKind } from "@/server/generated/prisma/enums";

export const NOTICE_KINDS = Object.values(NoticeKind);

export interface NoticeSetting {
  /** Raised at all (in the portal); off, nothing is raised or sent. */
  enabled: boolean;
  sms: boolean;
  email: boolean;
}

/** Money notices matter: on, by SMS, until the subscriber says otherwise. */
export const DEFAULT_NOTICE_SETTING: NoticeSetting = { enabled: true, sms: true, email: false };

export type NoticeSettings = Record<NoticeKind, NoticeSetting>;

/** The same choice for every kind. */
export function everyNoticeKind(setting: NoticeSetting): NoticeSettings {
  return Object.fromEntries(NOTICE_KINDS.map((kind) => [kind, { ...setting }])) as NoticeSettings;
}

export async function getNoticeSettings(db: Db | Tx, accountId: string): Promise<NoticeSettings> {
  const rows = await db.$queryRaw<Array<{ kind: NoticeKind; enabled: boolean; sms: boolean; email: boolean }>>`
    SELECT "kind", "enabled", "sms", "email" FROM "NoticeSetting" WHERE "accountId" = ${accountId}`;
  const settings = everyNoticeKind(DEFAULT_NOTICE_SETTING);
  for (const { kind, enabled, sms, email } of rows) settings[kind] = { enabled, sms, email };
  return settings;
}

/** Saves every kind's choice at once (the form sends them all). */
export async function saveNoticeSettings(db: Db, accountId: string, settings: NoticeSettings): Promise<NoticeSettings> {
  await db.$transaction(
    NOTICE_KINDS.map((kind) =>
      db.noticeSetting.upsert({
        where: { accountId_kind: { accountId, kind } },
        create: { accountId, kind, ...settings[kind] },
        update: settings[kind],
      }),
    ),
  );
  return getNoticeSettings(db, accountId);
}
