"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useCallback, useEffect, useState } from "react";
import { OPEN_CHAT_EVENT } from "@/components/hints/request-chat";
import { useTranslations } from "next-intl";
import { TrpcReactProvider, useTRPC } from "@/components/trpc/client";
import { errorMessage } from "@/components/trpc/error-message";
import { ChatPanel } from "./chat-panel";
import { OPEN_SALES_CHAT_EVENT, type OpenSalesChatDetail } from "./sales-chat-event";
import { ChatSession } from "./chat-session";
import { chatChannelKind } from "./page-key";
import { VisitorIntro, type VisitorDetails } from "./visitor-intro";
import { buttonClasses } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";

// While waiting, the place in the queue moves as operators take other chats.
const QUEUE_REFRESH_MS = 15_000;

type ChatWidgetProps = Parameters<typeof ChatWidgetBody>[0];

/**
 * The chat itself: downloaded only when it is opened or a chat is going on (chat-entry.tsx decides), with the
 * tRPC client, which pages without other API calls do not load. `onListening` tells the entry that the widget
 * now hears "open the chat" requests itself.
 */
export function ChatWidget(props: ChatWidgetProps) {
  return (
    <TrpcReactProvider>
      <ChatWidgetBody {...props} />
    </TrpcReactProvider>
  );
}

function ChatWidgetBody({
  signedIn,
  page,
  defaultOpen,
  onListening,
}: {
  signedIn: boolean;
  page: string;
  defaultOpen: boolean;
  onListening: () => void;
}) {
  const t = useTranslations();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(defaultOpen);
  // null: follow chat.current (the open chat, or the closed one awaiting its rating); otherwise the chat chosen here.
  const [chosen, setChosen] = useState<{ chatId: string | null } | null>(null);
  const [intentId, setIntentId] = useState<string | null>(null);
  // A banner's call to action: the next chat is a sales chat about its offer.
  const [offer, setOffer] = useState<OpenSalesChatDetail | null>(null);
  const [unread, setUnread] = useState(0);

  const current = useQuery(
    trpc.chat.current.queryOptions(undefined, {
      staleTime: 0,
      refetchInterval: (query) => (query.state.data?.chat.state === "QUEUED" ? QUEUE_REFRESH_MS : false),
    }),
  );
  const chatId = chosen ? chosen.chatId : (current.data?.chat.id ?? null);
  const info = current.data && current.data.chat.id === chatId ? current.data : null;

  const start = useMutation(
    trpc.chat.start.mutationOptions({
      onSuccess: (chat) => {
        setChosen({ chatId: chat.id });
        setIntentId(null);
        setOffer(null);
        void queryClient.invalidateQueries({ queryKey: trpc.chat.current.queryKey() });
      },
    }),
  );
  const { mutate: startMutate, reset: resetStart } = start;
  const startChat = useCallback(
    (visitor?: VisitorDetails) => {
      const about = offer
        ? { kind: "SALES" as const, topic: offer.topic, bannerId: offer.bannerId }
        : { kind: "SUPPORT" as const };
      startMutate({ ...about, channel: chatChannelKind(), page, intentId: intentId ?? undefined, visitor });
    },
    [startMutate, page, intentId, offer],
  );

  const newChat = useCallback(() => {
    resetStart();
    setChosen({ chatId: null });
  }, [resetStart]);

  // "Ask in chat" while a chat is open: that chat takes the hint's context (a system line, the operator's panel).
  // A chat that ended meanwhile gives way to a new one with the context.
  const { mutate: attachEscalation } = useMutation(
    trpc.chat.attachEscalation.mutationOptions({
      onError: (error, { intentId: requested }) => {
        if (error.data?.appCode !== "CHAT_CLOSED") return;
        setIntentId(requested);
        newChat();
      },
    }),
  );

  // A subscriber goes straight to the bot; a visitor first sees the optional introduction.
  const waitingToStart = open && chatId === null && current.isFetched && start.isIdle;
  useEffect(() => {
    if (waitingToStart && signedIn) startChat();
  }, [waitingToStart, signedIn, startChat]);

  // "Ask in chat" on a hint: open with the failure's context; a closed chat gives way to a new one.
  const currentState = info?.chat.state;
  const ended = currentState === "CLOSED" || currentState === "RATED";
  useEffect(() => {
    const onOpenChat = (event: Event) => {
      event.preventDefault();
      const requested = (event as CustomEvent<{ intentId?: string } | null>).detail?.intentId ?? null;
      setOpen(true);
      if (chatId && !ended) {
        if (requested) attachEscalation({ chatId, intentId: requested });
        return;
      }
      setIntentId(requested);
      if (ended) newChat();
    };
    const onOpenSalesChat = (event: Event) => {
      event.preventDefault();
      setOffer((event as CustomEvent<OpenSalesChatDetail>).detail);
      setOpen(true);
      if (ended) newChat();
    };
    window.addEventListener(OPEN_CHAT_EVENT, onOpenChat);
    window.addEventListener(OPEN_SALES_CHAT_EVENT, onOpenSalesChat);
    onListening();
    return () => {
      window.removeEventListener(OPEN_CHAT_EVENT, onOpenChat);
      window.removeEventListener(OPEN_SALES_CHAT_EVENT, onOpenSalesChat);
    };
  }, [chatId, ended, newChat, attachEscalation, onListening]);

  const onUnread = useCallback((count: number) => setUnread(count), []);

  let body;
  let focusKey = "starting";
  if (chatId) {
    focusKey = chatId;
    body = (
      <ChatSession
        key={chatId}
        chatId={chatId}
        open={open}
        queue={info?.queue ?? null}
        escalated={info?.escalated ?? false}
        operators={info?.operators}
        onUnread={onUnread}
        onNewChat={newChat}
      />
    );
  } else if (!signedIn && current.isFetched) {
    focusKey = "intro";
    body = (
      <VisitorIntro
        onStart={startChat}
        pending={start.isPending}
        error={start.isError ? errorMessage(start.error, t) : null}
      />
    );
  } else {
    body = (
      <div className="flex-1 p-4 text-sm" role="status">
        {start.isError ? (
          <>
            <p role="alert" className="text-danger">
              {t("chat.startFailed")} {errorMessage(start.error, t)}
            </p>
            <button
              type="button"
              onClick={() => startChat()}
              className={cn(buttonClasses({ variant: "secondary", size: "sm" }), "mt-2 py-1")}
            >
              {t("chat.tryAgain")}
            </button>
          </>
        ) : (
          <p className="text-muted">{t("chat.starting")}</p>
        )}
      </div>
    );
  }

  return (
    <ChatPanel open={open} onOpenChange={setOpen} unread={chatId ? unread : 0} focusKey={focusKey}>
      {body}
    </ChatPanel>
  );
}
