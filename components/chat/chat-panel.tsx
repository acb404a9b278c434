"use client";

import { X } from "lucide-react";
import { useEffect, useRef, type ReactNode } from "react";
import { useTranslations } from "next-intl";

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
      <button
        ref={launcher}
        type="button"
        aria-expanded={open}
        aria-controls="chat-panel"
        onClick={() => onOpenChange(!open)}
        className={`fixed bottom-4 right-4 z-40 items-center gap-2 rounded-full bg-brand-600 p-3 font-medium text-white shadow-lg hover:bg-brand-700 sm:px-4 ${open ? "hidden sm:flex" : "flex"}`}
        data-testid="chat-launcher"
      >
        <svg
          aria-hidden="true"
          viewBox="0 0 24 24"
          className="h-6 w-6"
          fill="none"
          stroke="currentColor"
          strokeWidth="2"
        >
          <path d="M21 12a8 8 0 0 1-11.6 7.1L4 20l1-4.6A8 8 0 1 1 21 12Z" strokeLinejoin="round" />
        </svg>
        <span className="sr-only sm:not-sr-only">{t("chat.open")}</span>
        {unread > 0 && (
          <span className="rounded-full bg-red-600 px-2 text-xs leading-5" data-testid="chat-unread">
            {unread}
            <span className="sr-only"> {t("chat.unread", { count: unread })}</span>
          </span>
        )}
      </button>
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
        className="fixed inset-0 z-50 flex flex-col bg-white sm:inset-auto sm:bottom-20 sm:right-4 sm:h-[min(38rem,calc(100dvh-6rem))] sm:w-96 sm:overflow-hidden sm:rounded-xl sm:shadow-2xl sm:ring-1 sm:ring-slate-300"
        data-testid="chat-panel"
      >
        <header className="flex items-center justify-between gap-2 bg-brand-600 px-4 py-3 text-white">
          <h2 id="chat-panel-title" className="text-base font-semibold">
            {t("chat.title")}
          </h2>
          <button
            type="button"
            onClick={() => onOpenChange(false)}
            aria-label={t("chat.minimize")}
            className="rounded-md p-1 hover:bg-brand-700"
          >
            <X className="size-6" />
          </button>
        </header>
        {children}
      </section>
    </>
  );
}
