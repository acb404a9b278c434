"use client";

import { Link } from "@/components/ui/link";
import { Check, CheckCheck } from "lucide-react";
import { useLocale, useTranslations } from "next-intl";
import type { ReactNode } from "react";
import type { ChatMessageView, ChatSide } from "@/server/realtime/contract";
import { isOwnMessage, type PendingMessage } from "./chat-stream-reducer";
import { SafeText } from "./safe-text";
import { SpeakerAvatar, useSpeaker, type ChatSpeakers } from "./speaker";
import { intlLocale } from "@/i18n/format";
import { buttonClasses } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { bubbleClasses } from "@/components/ui/bubble";
import { chipClasses } from "@/components/ui/chip";

function Mark({ message }: { message: ChatMessageView }) {
  const t = useTranslations();
  const [Icon, label, state] = message.readAt
    ? [CheckCheck, t("chat.markRead"), "read"]
    : message.deliveredAt
      ? [CheckCheck, t("chat.markDelivered"), "delivered"]
      : [Check, t("chat.markSent"), "sent"];
  return (
    <span data-mark={state} title={label} className={state === "read" ? "text-sky-200" : "text-brand-100"}>
      <Icon className="size-3.5" strokeWidth={state === "read" ? 3 : 2} />
      <span className="sr-only">{label}</span>
    </span>
  );
}

/**
 * One stored message: own on the right with its marks; the other side's on the left, each speaker
 * (bot, operator, subscriber) with its own colour, avatar and name at the start of their run.
 */
export function MessageBubble({
  message,
  quickReplies,
  onQuickReply,
  side = "owner",
  onConsent,
  speakers = {},
  startsRun = true,
  footer,
}: {
  message: ChatMessageView;
  /** Under an own message (the workspace: its way to a messenger). */
  footer?: ReactNode;
  speakers?: ChatSpeakers;
  /** The first of consecutive messages by one speaker shows the avatar and the name. */
  startsRun?: boolean;
  /** Only the latest bot message offers its buttons, and only while the chat is open. */
  quickReplies: boolean;
  onQuickReply: (text: string) => void;
  side?: ChatSide;
  /** The subscriber's answer to the operator's request to act for them (offered while the chat is open). */
  onConsent?: () => void;
}) {
  const t = useTranslations();
  const locale = useLocale();
  const speakerOf = useSpeaker();
  const time = new Date(message.createdAt).toLocaleTimeString(intlLocale(locale), {
    hour: "2-digit",
    minute: "2-digit",
  });
  if (message.isInternal) {
    return (
      <li
        className="mx-auto w-full max-w-[95%] rounded-lg bg-warning-soft px-3 py-2 text-sm text-warning ring-1 ring-warning/30"
        data-testid="chat-note"
        data-seq={message.seq}
      >
        <span className="font-medium">{t("chat.staffNote")}: </span>
        <SafeText text={message.text} />
      </li>
    );
  }
  if (message.author === "SYSTEM") {
    return (
      <li
        className="mx-auto max-w-[90%] text-center text-xs text-muted"
        data-testid="chat-message"
        data-author="SYSTEM"
      >
        <span className="sr-only">{t("chat.authorSYSTEM")}: </span>
        <SafeText text={message.text} />
      </li>
    );
  }
  const mine = isOwnMessage(message, side);
  const speaker = mine ? null : speakerOf(message, speakers);
  const articles = message.payload?.articles ?? [];
  const replies = quickReplies ? (message.payload?.quickReplies ?? []) : [];
  const content = (
    <>
      <div className={bubbleClasses({ speaker: speaker?.kind ?? "own" })}>
        {(mine || !startsRun) && <span className="sr-only">{speaker ? speaker.label : t("chat.authorYou")}: </span>}
        <SafeText text={message.text} />
        {message.attachmentIds.map((id) => (
          <a
            key={id}
            href={`/api/chat/attachments/${id}`}
            target="_blank"
            rel="noopener noreferrer"
            className="mt-2 block"
          >
            {/* eslint-disable-next-line @next/next/no-img-element -- private, access-checked bytes: not for the image optimizer */}
            <img src={`/api/chat/attachments/${id}`} alt={t("chat.image")} className="max-h-60 max-w-full rounded" />
          </a>
        ))}
        {articles.length > 0 && (
          <ul aria-label={t("chat.articles")} className="mt-2 space-y-1">
            {articles.map((article) => (
              <li key={article.slug}>
                <Link
                  href={`/help/${encodeURIComponent(article.slug)}`}
                  className="font-medium text-brand-ink underline"
                >
                  {article.title}
                </Link>
              </li>
            ))}
          </ul>
        )}
        {message.payload?.question && <p className="mt-2">{message.payload.question}</p>}
        <span
          className={`mt-1 flex items-center justify-end gap-1 text-[11px] ${mine ? "text-brand-100" : "text-muted"}`}
        >
          <time dateTime={message.createdAt}>{time}</time>
          {mine && <Mark message={message} />}
        </span>
      </div>
      {mine && footer}
      {onConsent && message.payload?.consentRequest && (
        <button
          type="button"
          onClick={onConsent}
          className={cn(buttonClasses({ size: "sm" }), "mr-auto rounded-full py-1")}
        >
          {t("chat.giveConsent")}
        </button>
      )}
      {replies.length > 0 && (
        <div role="group" aria-label={t("chat.quickReplies")} className="flex flex-wrap gap-2">
          {replies.map((reply) => (
            <button key={reply} type="button" onClick={() => onQuickReply(reply)} className={chipClasses()}>
              {reply}
            </button>
          ))}
        </div>
      )}
    </>
  );
  const item = { "data-testid": "chat-message", "data-author": message.author, "data-seq": message.seq };
  if (!speaker)
    return (
      <li className="flex flex-col gap-1" {...item}>
        {content}
      </li>
    );
  return (
    <li className="flex items-start gap-2" data-speaker={speaker.kind} {...item}>
      {startsRun ? <SpeakerAvatar speaker={speaker} /> : <span aria-hidden="true" className="w-8 shrink-0" />}
      <div className="flex min-w-0 max-w-[85%] flex-col items-start gap-1">
        {startsRun && (
          <p className="px-1 text-xs font-medium text-muted" data-testid="speaker-name">
            {speaker.label}
          </p>
        )}
        {content}
      </div>
    </li>
  );
}

/** A message not yet stored: "sending…", or "not sent" with a retry that reuses its clientId. */
export function PendingBubble({ pending, onRetry }: { pending: PendingMessage; onRetry: () => void }) {
  const t = useTranslations();
  const failed = pending.status === "failed";
  return (
    <li className="flex flex-col items-end gap-1" data-testid="chat-pending" data-status={pending.status}>
      {/* Solid colours: a see-through bubble put its white text below 4.5:1. The label says its state. */}
      <div className={bubbleClasses({ failed })}>
        <span className="sr-only">{t("chat.authorYou")}: </span>
        <SafeText text={pending.text} />
        <span className="mt-1 block text-right text-[11px] text-brand-100">
          {failed ? t("chat.markFailed") : t("chat.markSending")}
        </span>
      </div>
      {failed && (
        <p className="flex flex-wrap items-center justify-end gap-2 text-xs">
          {pending.error && (
            <span role="alert" className="text-danger">
              {pending.error}
            </span>
          )}
          <button
            type="button"
            onClick={onRetry}
            className={cn(buttonClasses({ variant: "secondary", size: "sm" }), "px-2 py-0.5 font-normal")}
          >
            {t("chat.retry")}
          </button>
        </p>
      )}
    </li>
  );
}
