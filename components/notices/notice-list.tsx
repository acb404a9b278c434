import type { listNotices } from "@/server/domain/notices/list-notices";
import { noticeText } from "@/server/domain/notices/notice-text";
import { getTranslator } from "@/i18n/server";
import { TIME_ZONE } from "@/i18n/format";
import { cn } from "@/components/ui/cn";
import { MarkNoticesRead } from "./mark-notices-read";

type Listed = Awaited<ReturnType<typeof listNotices>>;

/** The notices, newest first; unread ones marked in words and colour, with one button to mark them read. */
export async function NoticeList({ listed }: { listed: Listed }) {
  const { locale, t } = await getTranslator();
  const { notices, unread } = listed;
  return (
    <>
      <div className="mt-1 flex flex-wrap items-center justify-between gap-2">
        <p className="text-sm text-muted" data-testid="notices-unread">
          {t("notices.unreadCount", { count: unread })}
        </p>
        {unread > 0 && <MarkNoticesRead />}
      </div>
      {notices.length === 0 ? (
        <p className="mt-3 text-muted">{t("notices.empty")}</p>
      ) : (
        <ul className="mt-3 divide-y divide-line-soft" data-testid="notices">
          {notices.map((notice) => (
            <li key={notice.id} className={cn("py-3", !notice.readAt && "font-medium")}>
              <div className="flex flex-wrap items-center gap-2 text-xs text-muted">
                {!notice.readAt && (
                  <span className="rounded-full bg-brand px-2 py-0.5 text-white">{t("notices.unreadMark")}</span>
                )}
                <span>{t(`notices.kind${notice.kind}`)}</span>
                <time dateTime={notice.createdAt.toISOString()}>
                  {notice.createdAt.toLocaleString(locale, {
                    day: "numeric",
                    month: "long",
                    hour: "2-digit",
                    minute: "2-digit",
                    timeZone: TIME_ZONE,
                  })}
                </time>
              </div>
              <p className="mt-1">{noticeText(t, locale, notice)}</p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
