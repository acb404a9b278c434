"use client";

import { useEffect, useRef, type ReactNode } from "react";
import { useTranslations } from "next-intl";
import type { ChatMessageView, ChatSide } from "@/server/realtime/contract";
import type { PendingMessage } from "./chat-stream-reducer";
import { MessageBubble, PendingBubble } from "./message-bubble";
import type { ChatSpeakers } from "./speaker";

// A speaker's name and avatar are shown again only when someone else spoke in between.
const startsRun = (previous: ChatMessageView | undefined, message: ChatMessageView) =>
  !previous || previous.isInternal || previous.author !== message.author || previous.operatorId !== message.operatorId;

/**
 * The conversation as a live log: screen readers hear new messages as they arrive,
 * and the view stays at the newest message.
 */
export function MessageList({
  messages,
  pending,
  loading,
  acceptsReplies,
  otherTyping,
  onQuickReply,
  onRetry,
  children,
  side = "owner",
  onConsent,
  speakers,
  footerOf,
}: {
  messages: ChatMessageView[];
  pending: PendingMessage[];
  loading: boolean;
  /** The chat is open, so quick replies may be sent. */
  acceptsReplies: boolean;
  otherTyping: boolean;
  onQuickReply: (text: string) => void;
  onRetry: (pending: PendingMessage) => void;
  /** Shown after the messages, inside the scrolling area (the rating step). */
  children?: ReactNode;
  side?: ChatSide;
  onConsent?: () => void;
  /** Names for the other side's bubbles. */
  speakers?: ChatSpeakers;
  /** What to show under each own message (the workspace: its way to a messenger). */
  footerOf?: (message: ChatMessageView) => ReactNode;
}) {
  const t = useTranslations();
  const scroller = useRef<HTMLDivElement>(null);
  const last = messages.at(-1);
  const latestBotId = last?.author === "BOT" ? last.id : null;
  const hasFooter = Boolean(children);

  useEffect(() => {
    // Scrolls only this box, never the page behind the panel.
    const box = scroller.current;
    if (box) box.scrollTop = box.scrollHeight;
  }, [messages.length, pending.length, otherTyping, hasFooter]);

  return (
    // tabIndex: a long transcript of plain text must scroll from the keyboard too (the workspace's has no links).
    <div ref={scroller} tabIndex={0} className="relative min-h-0 flex-1 overflow-y-auto bg-canvas px-3 py-3">
      {loading && messages.length === 0 && <p className="text-center text-sm text-muted">{t("chat.loading")}</p>}
      {/* The log role sits on a wrapper: on the <ol> itself it would hide the list and orphan every <li>. */}
      <div role="log" aria-label={t("chat.historyLabel")} aria-live="polite" data-testid="chat-log">
        <ol className="flex flex-col gap-3">
          {messages.map((message, i) => (
            <MessageBubble
              key={message.id}
              message={message}
              side={side}
              speakers={speakers}
              startsRun={startsRun(messages[i - 1], message)}
              quickReplies={acceptsReplies && message.id === latestBotId}
              onQuickReply={onQuickReply}
              onConsent={acceptsReplies ? onConsent : undefined}
              footer={footerOf?.(message)}
            />
          ))}
          {pending.map((p) => (
            <PendingBubble key={p.clientId} pending={p} onRetry={() => onRetry(p)} />
          ))}
        </ol>
      </div>
      <p aria-live="polite" className="mt-2 min-h-5 text-xs italic text-muted" data-testid="chat-typing">
        {otherTyping ? t(side === "owner" ? "chat.operatorTyping" : "chat.subscriberTyping") : ""}
      </p>
      {children}
    </div>
  );
}
