"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { useTranslations } from "next-intl";
import { useTRPC } from "@/components/trpc/client";
import { errorMessage } from "@/components/trpc/error-message";
import type { QueueStatus } from "@/server/domain/chat/queue-status";
import type { ChatStateView } from "@/server/realtime/contract";
import { PushOptIn } from "@/components/push/push-opt-in";
import { Composer } from "./composer";
import { MessageList } from "./message-list";
import { QueueBanner } from "./queue-banner";
import { RatingStep } from "./rating-step";
import type { ChatSpeakers } from "./speaker";
import { useChatSend } from "./use-chat-send";
import { useChatStream } from "./use-chat-stream";
import { buttonClasses } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";

// A socket that is still connecting is normal for a moment; only a longer outage is worth a notice.
const OFFLINE_NOTICE_MS = 4_000;

function useOfflineNotice(live: boolean, active: boolean): boolean {
  const [shown, setShown] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setShown(!live && active), live || !active ? 0 : OFFLINE_NOTICE_MS);
    return () => clearTimeout(timer);
  }, [live, active]);
  return shown;
}

function StatusBar({
  chat,
  onEnd,
  ending,
  error,
}: {
  chat: ChatStateView | null;
  onEnd: () => void;
  ending: boolean;
  error: string | null;
}) {
  const t = useTranslations();
  const [confirming, setConfirming] = useState(false);
  const open = chat && (chat.state === "BOT" || chat.state === "QUEUED" || chat.state === "ASSIGNED");
  return (
    <div className="border-b border-line-soft bg-surface px-4 py-2 text-sm">
      <div className="flex items-center justify-between gap-2">
        <p className="text-muted" data-testid="chat-state">
          {chat ? t(`chat.state${chat.state}`) : t("chat.loading")}
        </p>
        {open && !confirming && (
          <button
            type="button"
            onClick={() => setConfirming(true)}
            className={cn(buttonClasses({ variant: "secondary", size: "sm" }), "px-2 py-1")}
          >
            {t("chat.endChat")}
          </button>
        )}
      </div>
      {open && confirming && (
        <div
          role="alertdialog"
          aria-labelledby="chat-end-question"
          className="mt-2 rounded-md bg-subtle p-2"
          onKeyDown={(event) => {
            if (event.key === "Escape") {
              event.stopPropagation();
              setConfirming(false);
            }
          }}
        >
          <p id="chat-end-question">{t("chat.endConfirm")}</p>
          <div className="mt-2 flex gap-2">
            {/* The confirmation takes focus, as a dialog would. */}
            <button
              type="button"
              autoFocus
              disabled={ending}
              onClick={onEnd}
              className={cn(buttonClasses({ variant: "danger", size: "sm" }), "py-1")}
            >
              {t("chat.endYes")}
            </button>
            <button
              type="button"
              onClick={() => setConfirming(false)}
              className={cn(buttonClasses({ variant: "secondary", size: "sm" }), "py-1")}
            >
              {t("chat.endNo")}
            </button>
          </div>
        </div>
      )}
      {error && (
        <p role="alert" className="mt-1 text-danger">
          {error}
        </p>
      )}
    </div>
  );
}

/**
 * One chat in the panel: state and "end chat", the queue while waiting, the conversation,
 * then the composer — or, once the chat is closed by either side, the rating step.
 */
export function ChatSession({
  chatId,
  open,
  queue,
  escalated,
  operators,
  onUnread,
  onNewChat,
}: {
  chatId: string;
  open: boolean;
  /** From chat.current: place in the queue, operators online. */
  queue: QueueStatus | null;
  /** From chat.current: the chat reached the operator queue at some point. */
  escalated: boolean;
  /** From chat.current: the operators of this chat by first name, for their bubbles. */
  operators?: ChatSpeakers["operators"];
  onUnread: (count: number) => void;
  onNewChat: () => void;
}) {
  const t = useTranslations();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const stream = useChatStream(chatId, open);
  const { send, retry, notifyTyping } = useChatSend(stream);
  const { state, dispatch } = stream;
  const chatState = state.chat?.state ?? null;
  const ended = chatState === "CLOSED" || chatState === "RATED";
  const offline = useOfflineNotice(stream.live, !ended);
  const close = useMutation(
    trpc.chat.close.mutationOptions({ onSuccess: (chat) => dispatch({ type: "state", chat }) }),
  );
  const consent = useMutation(
    trpc.chat.giveConsent.mutationOptions({ onSuccess: (chat) => dispatch({ type: "state", chat }) }),
  );

  useEffect(() => onUnread(stream.unread.count), [stream.unread.count, onUnread]);
  // The queue place, whether an operator took part and the operators' names are read from chat.current
  // after each state change and each change of operator (a transfer keeps the state).
  const operatorId = state.chat?.operatorId ?? null;
  useEffect(() => {
    if (chatState) void queryClient.invalidateQueries({ queryKey: trpc.chat.current.queryKey() });
  }, [chatState, operatorId, queryClient, trpc]);

  return (
    <>
      <StatusBar
        chat={state.chat}
        onEnd={() => close.mutate({ chatId })}
        ending={close.isPending}
        error={close.isError ? errorMessage(close.error, t) : null}
      />
      {chatState === "QUEUED" && (
        <QueueBanner chatId={chatId} queue={queue} leftRequest={state.chat?.leftRequest ?? false} />
      )}
      {(chatState === "QUEUED" || chatState === "ASSIGNED") && <PushOptIn chatId={chatId} />}
      {offline && (
        <p role="status" className="bg-subtle px-4 py-1 text-xs text-muted">
          {t("chat.reconnecting")}
        </p>
      )}
      <MessageList
        messages={state.messages}
        speakers={{ operators }}
        pending={state.pending}
        loading={!state.loaded}
        acceptsReplies={!ended}
        otherTyping={stream.otherTyping && !ended}
        onQuickReply={send}
        onRetry={(p) => retry(p.clientId, p.text)}
        onConsent={chatState === "ASSIGNED" && !consent.isSuccess ? () => consent.mutate({ chatId }) : undefined}
      >
        {ended && <RatingStep chatId={chatId} escalated={state.escalated || escalated} onNewChat={onNewChat} />}
      </MessageList>
      {!ended && <Composer chatId={chatId} onSend={send} onTyping={notifyTyping} />}
    </>
  );
}
