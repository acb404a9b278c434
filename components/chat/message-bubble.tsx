"use client";

import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import type { ChatMessageView, ChatSide } from "@/server/realtime/contract";
import { isOwnMessage, type PendingMessage } from "./chat-stream-reducer";
import { SafeText } from "./safe-text";
import { intlLocale } from "@/i18n/format";

const bubble = "max-w-[85%] rounded-2xl px-3 py-2 text-sm shadow-sm";
const own = `${bubble} ml-auto rounded-br-sm bg-brand-600 text-white`;
const theirs = `${bubble} mr-auto rounded-bl-sm bg-white text-slate-900 ring-1 ring-slate-200`;

function Mark({ message }: { message: ChatMessageView }) {
  const t = useTranslations();
  const [glyph, label, state] = message.readAt
    ? ["✓✓", t("chat.markRead"), "read"]
    : message.deliveredAt
      ? ["✓✓", t("chat.markDelivered"), "delivered"]
      : ["✓", t("chat.markSent"), "sent"];
  return (
    <span
      data-mark={state}
      title={label}
      className={state === "read" ? "font-semibold text-sky-200" : "text-brand-100"}
    >
      <span aria-hidden="true">{glyph}</span>
      <span className="sr-only">{label}</span>
    </span>
  );
}

const authorLabel = {
  BOT: "chat.authorBOT",
  OPERATOR: "chat.authorOPERATOR",
  SUBSCRIBER: "chat.authorSUBSCRIBER",
  VISITOR: "chat.authorSUBSCRIBER",
  SYSTEM: "chat.authorSYSTEM",
} as const;

/** One stored message: own on the right with its marks, the bot's with article links and quick replies. */
export function MessageBubble({
  message,
  quickReplies,
  onQuickReply,
  side = "owner",
  onConsent,
}: {
  message: ChatMessageView;
  /** Only the latest bot message offers its buttons, and only while the chat is open. */
  quickReplies: boolean;
  onQuickReply: (text: string) => void;
  side?: ChatSide;
  /** The subscriber's answer to the operator's request to act for them (offered while the chat is open). */
  onConsent?: () => void;
}) {
  const t = useTranslations();
  const locale = useLocale();
  const time = new Date(message.createdAt).toLocaleTimeString(intlLocale(locale), {
    hour: "2-digit",
    minute: "2-digit",
  });
  if (message.isInternal) {
    return (
      <li
        className="mx-auto w-full max-w-[95%] rounded-lg bg-amber-50 px-3 py-2 text-sm text-amber-900 ring-1 ring-amber-200"
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
        className="mx-auto max-w-[90%] text-center text-xs text-slate-600"
        data-testid="chat-message"
        data-author="SYSTEM"
      >
        <span className="sr-only">{t("chat.authorSYSTEM")}: </span>
        <SafeText text={message.text} />
      </li>
    );
  }
  const mine = isOwnMessage(message, side);
  const articles = message.payload?.articles ?? [];
  const replies = quickReplies ? (message.payload?.quickReplies ?? []) : [];
  return (
    <li className="flex flex-col gap-1" data-testid="chat-message" data-author={message.author} data-seq={message.seq}>
      <div className={mine ? own : theirs}>
        <span className="sr-only">{mine ? t("chat.authorYou") : t(authorLabel[message.author])}: </span>
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
                  className="font-medium text-brand-700 underline"
                >
                  {article.title}
                </Link>
              </li>
            ))}
          </ul>
        )}
        <span className={`mt-1 flex justify-end gap-1 text-[11px] ${mine ? "text-brand-100" : "text-slate-500"}`}>
          <time dateTime={message.createdAt}>{time}</time>
          {mine && <Mark message={message} />}
        </span>
      </div>
      {onConsent && message.payload?.consentRequest && (
        <button
          type="button"
          onClick={onConsent}
          className="mr-auto rounded-full bg-brand-600 px-3 py-1 text-sm font-medium text-white hover:bg-brand-700"
        >
          {t("chat.giveConsent")}
        </button>
      )}
      {replies.length > 0 && (
        <div role="group" aria-label={t("chat.quickReplies")} className="flex flex-wrap gap-2">
          {replies.map((reply) => (
            <button
              key={reply}
              type="button"
              onClick={() => onQuickReply(reply)}
              className="rounded-full border border-brand-600 bg-white px-3 py-1 text-sm text-brand-700 hover:bg-brand-50"
            >
              {reply}
            </button>
          ))}
        </div>
      )}
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
      <div className={`${own} ${failed ? "ring-2 ring-red-700" : ""}`}>
        <span className="sr-only">{t("chat.authorYou")}: </span>
        <SafeText text={pending.text} />
        <span className="mt-1 block text-right text-[11px] text-brand-100">
          {failed ? t("chat.markFailed") : t("chat.markSending")}
        </span>
      </div>
      {failed && (
        <p className="flex flex-wrap items-center justify-end gap-2 text-xs">
          {pending.error && (
            <span role="alert" className="text-red-700">
              {pending.error}
            </span>
          )}
          <button
            type="button"
            onClick={onRetry}
            className="rounded border border-slate-300 bg-white px-2 py-0.5 hover:bg-slate-100"
          >
            {t("chat.retry")}
          </button>
        </p>
      )}
    </li>
  );
}
