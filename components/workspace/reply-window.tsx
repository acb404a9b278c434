"use client";

import { useEffect, useState } from "react";
import { useTranslations } from "next-intl";
import { TIME_ZONE } from "@/i18n/format";
import type { MessengerChannel } from "@/server/domain/channels/inboxes";
import { cn } from "@/components/ui/cn";
import { noticeClasses } from "@/components/ui/notice";

/** The longest a browser timer waits (about 24.8 days); a window ends well before. */
const MAX_TIMER_MS = 2 ** 31 - 1;

/** Whether the reply window has closed, turning true at its end without a reload. */
export function useReplyWindowClosed(endsAt: Date | null): boolean {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!endsAt) return;
    // An end already past is read on the next tick too: the `now` kept may be older than a new end.
    const wait = Math.max(0, endsAt.getTime() - Date.now() + 250);
    const timer = setTimeout(() => setNow(Date.now()), Math.min(wait, MAX_TIMER_MS));
    return () => clearTimeout(timer);
  }, [endsAt]);
  return endsAt !== null && endsAt.getTime() <= now;
}

const moscowDay = (date: Date) => date.toLocaleDateString("en-CA", { timeZone: TIME_ZONE });

/**
 * A messenger's reply window (Facebook's 24 hours after the person's last message) above the reply box: until
 * when the operator may answer, or that it has closed and why; the messenger would refuse a later reply.
 */
export function ReplyWindowNotice({
  endsAt,
  hours,
  channel,
  closed,
  now,
}: {
  endsAt: Date;
  /** How long after the person's last message the messenger takes replies. */
  hours: number;
  channel: MessengerChannel;
  closed: boolean;
  /** Whether the end falls today is read against this moment (Moscow days, as every date on screen). */
  now: Date;
}) {
  const t = useTranslations();
  const when = { endsAt, today: String(moscowDay(endsAt) === moscowDay(now)) };
  const why = { channel: t(`workspace.channel.${channel}`), hours };
  return (
    <p
      role="status"
      className={cn(noticeClasses({ tone: closed ? "warning" : "info" }), "rounded-none text-sm")}
      data-testid="reply-window"
      data-closed={closed}
    >
      {closed
        ? `${t("workspace.replyWindow.closed", when)} ${t("workspace.replyWindow.why", why)}`
        : t("workspace.replyWindow.open", when)}
    </p>
  );
}
