"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { useTranslations } from "next-intl";
import { useTRPC } from "@/components/trpc/client";
import { errorMessage } from "@/components/trpc/error-message";
import { MessageList } from "@/components/chat/message-list";
import { useChatSend } from "@/components/chat/use-chat-send";
import { useChatStream } from "@/components/chat/use-chat-stream";
import { OperatorComposer } from "./operator-composer";
import { SubscriberPanel } from "./subscriber-panel";
import { KnowledgePanel } from "./knowledge-panel";
import { TransferDialog } from "./transfer-dialog";
import { useMessageDeliveries } from "./use-message-deliveries";
import { DeliveryMark } from "./delivery-mark";
import { ReplyWindowNotice, useReplyWindowClosed } from "./reply-window";
import { UnlinkContact } from "./unlink-contact";

/** A reply with no outbox row yet: the next outbox pass takes it. */
const SENDING = { state: "sending", reason: null } as const;
import type { WorkspaceView } from "./workspace-types";
import { buttonClasses } from "@/components/ui/button";
import { cardClasses } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { badgeClasses } from "@/components/ui/badge";
import { noticeClasses } from "@/components/ui/notice";

/** One chat in the workspace: the whole transcript (bot part and staff notes included), the reply box, and the subscriber beside it. */
export function WorkspaceChat({
  chatId,
  myId,
  supervisor,
  operators,
  onChanged,
  onLeft,
}: {
  chatId: string;
  myId: string;
  /** Supervisors may reassign any chat. */
  supervisor: boolean;
  operators: WorkspaceView["operators"];
  onChanged: () => void;
  onLeft: () => void;
}) {
  const t = useTranslations();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const stream = useChatStream(chatId, true, "staff");
  const { send, retry, notifyTyping } = useChatSend(stream);
  const details = useQuery(trpc.workspace.details.queryOptions({ chatId }));
  const [transferring, setTransferring] = useState(false);
  const channel = details.data?.chat.channel;
  const messenger = channel !== undefined && channel !== "WEB" && channel !== "MOBILE_WEB";
  const deliveries = useMessageDeliveries(chatId, messenger, stream.state.messages.length);
  const [insertion, setInsertion] = useState<{ text: string; n: number } | null>(null);
  const close = useMutation(
    trpc.chat.close.mutationOptions({
      onSuccess: (chat) => {
        stream.dispatch({ type: "state", chat });
        onChanged();
      },
    }),
  );
  const chatState = stream.state.chat?.state ?? details.data?.chat.state ?? null;
  const operatorId = stream.state.chat?.operatorId ?? details.data?.chat.operator?.id ?? null;
  const mine = operatorId === myId && chatState === "ASSIGNED";

  // Consent, transfers and changes made for the subscriber arrive as system messages: the side panel
  // reloads after those only, not after every line of conversation.
  const lastSystemSeq = stream.state.messages.reduce(
    (seq, m) => (m.author === "SYSTEM" ? Math.max(seq, m.seq) : seq),
    0,
  );
  const lastSubscriberSeq = stream.state.messages.reduce(
    (seq, m) => (m.author === "SUBSCRIBER" || m.author === "VISITOR" ? Math.max(seq, m.seq) : seq),
    0,
  );
  const replyWindowEndsAt = details.data?.chat.replyWindowEndsAt ?? null;
  const windowClosed = useReplyWindowClosed(replyWindowEndsAt);
  // A person's new message moves their messenger's reply window on: reloaded only for a chat that has one.
  const windowSeq = replyWindowEndsAt ? lastSubscriberSeq : 0;
  useEffect(() => {
    if (lastSystemSeq > 0 || windowSeq > 0)
      void queryClient.invalidateQueries({ queryKey: trpc.workspace.details.queryKey({ chatId }) });
  }, [lastSystemSeq, windowSeq, chatId, queryClient, trpc]);

  const who = details.data?.account?.fullName ?? details.data?.visitor?.name ?? t("workspace.visitor");
  return (
    <div className="grid gap-4 xl:grid-cols-[minmax(0,1fr)_24rem]">
      <section
        aria-label={who}
        className={cn(cardClasses({ padding: "none" }), "flex h-[70vh] min-h-96 flex-col overflow-hidden")}
        data-testid="workspace-chat"
        data-state={chatState ?? ""}
      >
        <header className="flex flex-wrap items-center gap-2 border-b border-line-soft px-3 py-2">
          <h2 className="font-semibold">{who}</h2>
          {messenger && (
            <span className={badgeClasses({ tone: "brand" })} data-testid="chat-channel">
              {t(`workspace.channel.${channel}`)}
            </span>
          )}
          {details.data?.chat.operator && !mine && (
            <span className="text-xs text-muted">
              {t("workspace.handledBy", { name: details.data.chat.operator.fullName })}
            </span>
          )}
          <span className="ml-auto flex flex-wrap gap-2">
            {messenger && details.data?.chat.contactLinked && details.data.account && (mine || supervisor) && (
              <UnlinkContact
                chatId={chatId}
                channel={t(`workspace.channel.${channel}`)}
                accountNumber={details.data.account.accountNumber}
                onDone={() => {
                  void queryClient.invalidateQueries({ queryKey: trpc.workspace.details.queryKey({ chatId }) });
                  onChanged();
                }}
              />
            )}
            {chatState === "ASSIGNED" && (mine || supervisor) && (
              <button
                type="button"
                onClick={() => setTransferring(true)}
                className={cn(buttonClasses({ variant: "secondary", size: "sm" }), "px-2 py-1")}
              >
                {t("workspace.transfer")}
              </button>
            )}
            {mine && (
              <button
                type="button"
                onClick={() => close.mutate({ chatId })}
                disabled={close.isPending}
                className={cn(buttonClasses({ variant: "danger-outline", size: "sm" }), "px-2 py-1")}
              >
                {t("workspace.close")}
              </button>
            )}
          </span>
        </header>
        {messenger && deliveries.unreachable && (
          <p
            role="status"
            className={cn(noticeClasses({ tone: "warning" }), "rounded-none text-sm")}
            data-testid="contact-unreachable"
          >
            {t("delivery.unreachable")}
          </p>
        )}
        {close.isError && (
          <p role="alert" className="bg-danger-soft px-3 py-1 text-sm text-danger-strong">
            {errorMessage(close.error, t)}
          </p>
        )}
        <MessageList
          side="staff"
          messages={stream.state.messages}
          speakers={{
            operators: details.data?.chat.operators,
            subscriber: details.data?.account?.fullName ?? details.data?.visitor?.name,
          }}
          pending={stream.state.pending}
          loading={!stream.state.loaded}
          acceptsReplies={false}
          otherTyping={stream.otherTyping && mine}
          onQuickReply={() => undefined}
          onRetry={(p) => retry(p.clientId, p.text)}
          footerOf={
            messenger
              ? (message) => <DeliveryMark delivery={deliveries.byMessage.get(message.id) ?? SENDING} />
              : undefined
          }
        />
        {messenger && replyWindowEndsAt && chatState === "ASSIGNED" && (
          <ReplyWindowNotice
            endsAt={replyWindowEndsAt}
            hours={details.data?.chat.replyWindowHours ?? 24}
            channel={channel}
            closed={windowClosed}
            now={new Date()}
          />
        )}
        {mine && (
          <OperatorComposer
            chatId={chatId}
            onSend={send}
            onTyping={notifyTyping}
            insertion={insertion}
            notesOnly={windowClosed}
          />
        )}
      </section>
      <div className="space-y-4">
        <KnowledgePanel
          chatId={chatId}
          lastSubscriberSeq={lastSubscriberSeq}
          onInsert={
            mine
              ? (text) => {
                  setInsertion((prev) => ({ text, n: (prev?.n ?? 0) + 1 }));
                  document.getElementById("operator-composer")?.focus();
                }
              : undefined
          }
        />
        {details.data && <SubscriberPanel details={details.data} canAct={mine} />}
      </div>
      {transferring && (
        <TransferDialog
          chatId={chatId}
          currentOperatorId={operatorId}
          operators={operators}
          onClose={() => setTransferring(false)}
          onDone={() => {
            setTransferring(false);
            onLeft();
          }}
        />
      )}
    </div>
  );
}
