"use client";

import { Bot } from "lucide-react";
import { useTranslations } from "next-intl";
import type { ChatMessageView } from "@/server/realtime/contract";

/** Names the chat knows: operators by id (first names), and the subscriber's name for the operator's screen. */
export interface ChatSpeakers {
  operators?: ReadonlyArray<{ id: string; firstName: string }>;
  subscriber?: string | null;
}

export type SpeakerKind = "bot" | "operator" | "subscriber";

// Each speaker has its own avatar (and bubble tone, components/ui/bubble.tsx); all keep at least 4.5:1 for their text.
const avatarStyle: Record<SpeakerKind, string> = {
  bot: "bg-brand-soft text-brand-ink ring-1 ring-brand/25",
  operator: "bg-success-fill text-white",
  subscriber: "bg-slate-600 text-white",
};

export function speakerKind(author: ChatMessageView["author"]): SpeakerKind {
  if (author === "BOT") return "bot";
  if (author === "OPERATOR") return "operator";
  return "subscriber";
}

function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((word) => word[0]!.toUpperCase())
    .join("");
}

export interface Speaker {
  kind: SpeakerKind;
  /** Visible above the bubble and read by screen readers: "Виртуальный помощник", "Ольга, оператор". */
  label: string;
  /** For the avatar; empty for the bot, whose mark is an icon. */
  initials: string;
}

/** Who wrote someone else's message, as the other side's screen names them. */
export function useSpeaker() {
  const t = useTranslations();
  return (message: Pick<ChatMessageView, "author" | "operatorId">, speakers: ChatSpeakers): Speaker => {
    const kind = speakerKind(message.author);
    if (kind === "bot") return { kind, label: t("chat.botName"), initials: "" };
    if (kind === "operator") {
      const name = speakers.operators?.find((o) => o.id === message.operatorId)?.firstName;
      return name
        ? { kind, label: t("chat.operatorNamed", { name }), initials: initials(name) }
        : { kind, label: t("chat.authorOPERATOR"), initials: initials(t("chat.authorOPERATOR")) };
    }
    const name = speakers.subscriber;
    return name
      ? { kind, label: t("chat.subscriberNamed", { name }), initials: initials(name) }
      : { kind, label: t("chat.authorSUBSCRIBER"), initials: initials(t("chat.authorSUBSCRIBER")) };
  };
}

/** The bot's mark or the person's initials; decorative, since the name is written beside it. */
export function SpeakerAvatar({ speaker }: { speaker: Speaker }) {
  return (
    <span
      aria-hidden="true"
      data-testid="speaker-avatar"
      className={`flex size-8 shrink-0 items-center justify-center rounded-full text-xs font-semibold ${avatarStyle[speaker.kind]}`}
    >
      {speaker.kind === "bot" ? <Bot className="size-5" /> : speaker.initials}
    </span>
  );
}
