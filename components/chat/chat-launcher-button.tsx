"use client";

import { MessageCircle } from "lucide-react";
import type { Ref } from "react";
import { useTranslations } from "next-intl";
import { badgeClasses } from "@/components/ui/badge";
import { buttonClasses } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";

/**
 * The floating "chat" button. Every page shows it before the chat itself is downloaded (chat-entry.tsx);
 * the panel shows the same one with its unread count once loaded.
 */
export function ChatLauncherButton({
  open,
  unread,
  onClick,
  controlsPanel,
  ref,
}: {
  open: boolean;
  unread: number;
  onClick: () => void;
  /** False before the panel exists: aria-controls must name an element on the page. */
  controlsPanel: boolean;
  ref?: Ref<HTMLButtonElement>;
}) {
  const t = useTranslations();
  return (
    <button
      ref={ref}
      type="button"
      aria-expanded={open}
      aria-controls={controlsPanel ? "chat-panel" : undefined}
      onClick={onClick}
      className={cn(
        buttonClasses({ size: "lg" }),
        "fixed bottom-4 right-4 z-40 rounded-full p-3 shadow-lg sm:px-4",
        open ? "hidden sm:flex" : "flex",
      )}
      data-testid="chat-launcher"
    >
      <MessageCircle aria-hidden="true" className="size-6" />
      <span className="sr-only sm:not-sr-only">{t("chat.open")}</span>
      {unread > 0 && (
        <span className={badgeClasses({ tone: "alert" })} data-testid="chat-unread">
          {unread}
          <span className="sr-only"> {t("chat.unread", { count: unread })}</span>
        </span>
      )}
    </button>
  );
}
