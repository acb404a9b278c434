"use client";

import { X } from "lucide-react";
import { IconButton } from "@/components/ui/icon-button";
import { useEffect, useRef, type ReactNode } from "react";
import { useTranslations } from "next-intl";
import { ChatLauncherButton } from "./chat-launcher-button";

const FOCUSABLE = "[data-autofocus], button:not([disabled]), textarea, input, a[href]";

/**
 * The floating launcher and the panel it opens: a corner window on a desktop, the whole
 * screen on a phone. Opening moves focus into the panel; Escape or "minimize" returns it
 * to the launcher. Minimizing only hides the panel, so drafts and the conversation stay.
 */
export function ChatPanel({
  open,
  onOpenChange,
  unread,
  focusKey,
  children,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  unread: number;
  /** When it changes (a chat has started), focus moves to the new content's starting point. */
  focusKey: string;
  children: ReactNode;
}) {
  const t = useTranslations();
  const panel = useRef<HTMLElement>(null);
  const launcher = useRef<HTMLButtonElement>(null);
  const wasOpen = useRef(open);

  useEffect(() => {
    if (open) {
      const target =
        panel.current?.querySelector<HTMLElement>("[data-autofocus]") ??
        panel.current?.querySelector<HTMLElement>(FOCUSABLE);
      target?.focus();
    } else if (wasOpen.current) {
      launcher.current?.focus();
    }
    wasOpen.current = open;
  }, [open, focusKey]);

  return (
    <>
      <ChatLauncherButton
        ref={launcher}
        open={open}
        unread={unread}
        onClick={() => onOpenChange(!open)}
        controlsPanel
      />
      <section
        ref={panel}
        id="chat-panel"
        role="dialog"
        aria-modal="false"
        aria-labelledby="chat-panel-title"
        hidden={!open}
        onKeyDown={(event) => {
          if (event.key === "Escape") {
            event.stopPropagation();
            onOpenChange(false);
          }
        }}
        className="fixed inset-0 z-50 flex flex-col bg-surface sm:inset-auto sm:bottom-20 sm:right-4 sm:h-[min(38rem,calc(100dvh-6rem))] sm:w-96 sm:overflow-hidden sm:rounded-xl sm:shadow-2xl sm:ring-1 sm:ring-line"
        data-testid="chat-panel"
      >
        <header className="flex items-center justify-between gap-2 bg-brand px-4 py-3 text-white">
          <h2 id="chat-panel-title" className="text-base font-semibold">
            {t("chat.title")}
          </h2>
          <IconButton variant="on-brand" size="sm" onClick={() => onOpenChange(false)} label={t("chat.minimize")}>
            <X className="size-6" />
          </IconButton>
        </header>
        {children}
      </section>
    </>
  );
}
