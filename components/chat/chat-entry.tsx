"use client";

import { usePathname } from "next/navigation";
import { lazy, Suspense, useCallback, useEffect, useRef, useState } from "react";
import { OPEN_CHAT_EVENT } from "@/components/hints/request-chat";
import { ChatLauncherButton } from "./chat-launcher-button";
import { sendChatRequest, takeUnheardChatRequest } from "./chat-request";
import { pageKey } from "./page-key";
import { OPEN_SALES_CHAT_EVENT } from "./sales-chat-event";

// The widget, its realtime connection and pusher-js are a chunk of their own, fetched on demand.
const ChatWidget = lazy(() => import("./chat-widget").then((module) => ({ default: module.ChatWidget })));

/**
 * The chat on every portal page and the public landing. Until a chat is opened (the launcher, "ask in chat",
 * a banner) or one is going on (`hasChat`, read by the server), the page holds only the launcher button.
 * Staff answer chats in the workspace, so neither staff nor /admin pages get it; the messenger simulator is
 * a chat of its own (its send button sits where the launcher would).
 */
export function ChatEntry({
  principalKind,
  hasChat,
}: {
  principalKind: "subscriber" | "staff" | null;
  hasChat: boolean;
}) {
  const pathname = usePathname();
  // null: not loaded; otherwise whether the widget starts open (the launcher, a request) or closed (a chat going on).
  const [wake, setWake] = useState<{ open: boolean } | null>(hasChat ? { open: false } : null);
  const pending = useRef<CustomEvent | null>(null);
  const [listening, setListening] = useState(false);

  // Until the widget listens itself, a request to open the chat loads it and is handed over once it does.
  useEffect(() => {
    if (listening) return;
    const onRequest = (event: Event) => {
      event.preventDefault();
      pending.current = event as CustomEvent;
      setWake({ open: true });
    };
    window.addEventListener(OPEN_CHAT_EVENT, onRequest);
    window.addEventListener(OPEN_SALES_CHAT_EVENT, onRequest);
    const early = takeUnheardChatRequest();
    if (early) onRequest(early);
    return () => {
      window.removeEventListener(OPEN_CHAT_EVENT, onRequest);
      window.removeEventListener(OPEN_SALES_CHAT_EVENT, onRequest);
    };
  }, [listening]);

  const onListening = useCallback(() => setListening(true), []);
  useEffect(() => {
    const request = pending.current;
    if (!listening || !request) return;
    pending.current = null;
    sendChatRequest(request.type, request.detail);
  }, [listening]);

  if (principalKind === "staff" || pathname.startsWith("/admin") || pathname === "/dev/messenger") return null;
  const launcher = (
    <ChatLauncherButton open={false} unread={0} controlsPanel={false} onClick={() => setWake({ open: true })} />
  );
  if (!wake) return launcher;
  return (
    <Suspense fallback={launcher}>
      <ChatWidget
        signedIn={principalKind === "subscriber"}
        page={pageKey(pathname)}
        defaultOpen={wake.open}
        onListening={onListening}
      />
    </Suspense>
  );
}
