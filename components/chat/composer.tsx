"use client";

import { useState, type FormEvent, type KeyboardEvent } from "react";
import { useTranslations } from "next-intl";
import { AttachImageButton } from "./attach-image-button";
import { buttonClasses } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";

const MAX_LENGTH = 4_000;

/** Enter sends, Shift+Enter starts a new line; the draft stays if sending is refused here. */
export function Composer({
  chatId,
  onSend,
  onTyping,
}: {
  chatId: string;
  onSend: (text: string) => void;
  onTyping: () => void;
}) {
  const t = useTranslations();
  const [draft, setDraft] = useState("");
  const text = draft.trim();
  const tooLong = text.length > MAX_LENGTH;

  const submit = (event?: FormEvent) => {
    event?.preventDefault();
    if (!text || tooLong) return;
    onSend(text);
    setDraft("");
  };
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === "Enter" && !event.shiftKey && !event.nativeEvent.isComposing) submit(event);
  };

  return (
    <form onSubmit={submit} className="border-t border-line-soft bg-surface p-2">
      <div className="flex flex-wrap items-end gap-2">
        <AttachImageButton chatId={chatId} />
        <label htmlFor="chat-composer" className="sr-only">
          {t("chat.messageLabel")}
        </label>
        <textarea
          id="chat-composer"
          data-autofocus
          rows={2}
          value={draft}
          placeholder={t("chat.messagePlaceholder")}
          aria-invalid={tooLong}
          aria-describedby={tooLong ? "chat-composer-error" : undefined}
          onChange={(e) => {
            setDraft(e.target.value);
            onTyping();
          }}
          onKeyDown={onKeyDown}
          className="max-h-32 min-h-10 flex-1 resize-none rounded-lg border border-line px-3 py-2 text-base sm:text-sm"
        />
        <button type="submit" disabled={!text || tooLong} className={cn(buttonClasses({ size: "sm" }), "py-2")}>
          {t("chat.send")}
        </button>
      </div>
      {tooLong && (
        <p id="chat-composer-error" role="alert" className="mt-1 text-xs text-danger">
          {t("chat.tooLong", { max: MAX_LENGTH })}
        </p>
      )}
    </form>
  );
}
