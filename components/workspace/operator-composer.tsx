"use client";

import { useQuery } from "@tanstack/react-query";
import { useState, type FormEvent, type KeyboardEvent } from "react";
import { useTranslations } from "next-intl";
import { useTRPC } from "@/components/trpc/client";
import { typedShortcut } from "@/server/domain/canned/canned-limits";
import { AttachImageButton } from "@/components/chat/attach-image-button";
import { buttonClasses } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";

const MAX_LENGTH = 4_000;

/**
 * The operator's reply box: "/shortcut" offers canned responses, shared and the operator's own, their
 * placeholders already filled from the chat (Tab or a click inserts one),
 * a switch turns the message into a staff-only note, images go through the same checked upload. While the
 * messenger's reply window is closed only notes can be written.
 */
export function OperatorComposer({
  chatId,
  onSend,
  onTyping,
  insertion,
  notesOnly = false,
}: {
  chatId: string;
  onSend: (text: string, isInternal: boolean) => void;
  onTyping: () => void;
  /** Text the knowledge panel inserts; a new `n` appends it to the draft. */
  insertion?: { text: string; n: number } | null;
  /** The messenger would refuse a reply now (its reply window closed): the box writes staff notes only. */
  notesOnly?: boolean;
}) {
  const t = useTranslations();
  const trpc = useTRPC();
  // Filled from this chat's subscriber on the server; a balance may move, so not kept for long.
  const canned = useQuery({ ...trpc.workspace.cannedResponses.queryOptions({ chatId }), staleTime: 60_000 });
  const [draft, setDraft] = useState("");
  const [noteChosen, setInternal] = useState(false);
  const internal = notesOnly || noteChosen;
  // A new insertion is taken once, while rendering (React's way to follow a prop without an effect).
  const [insertedN, setInsertedN] = useState(insertion?.n ?? 0);
  if (insertion && insertion.n !== insertedN) {
    setInsertedN(insertion.n);
    setDraft(draft.trim() ? `${draft.trimEnd()} ${insertion.text}` : insertion.text);
  }
  const text = draft.trim();
  const tooLong = text.length > MAX_LENGTH;
  const shortcut = typedShortcut(draft);
  const suggestions = shortcut === undefined ? [] : (canned.data ?? []).filter((c) => c.shortcut.startsWith(shortcut));

  const submit = (event?: FormEvent) => {
    event?.preventDefault();
    if (!text || tooLong) return;
    onSend(text, internal);
    setDraft("");
  };
  const insert = (value: string) => setDraft(value);
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === "Tab" && suggestions[0]) {
      event.preventDefault();
      insert(suggestions[0].text);
    } else if (event.key === "Enter" && !event.shiftKey && !event.nativeEvent.isComposing) {
      submit(event);
    }
  };

  return (
    <form
      onSubmit={submit}
      className={`border-t p-2 ${internal ? "border-warning/40 bg-warning-soft" : "border-line-soft bg-surface"}`}
    >
      {suggestions.length > 0 && (
        <ul
          aria-label={t("workspace.cannedTitle")}
          className="mb-2 max-h-40 overflow-y-auto rounded-lg border border-line-soft bg-surface text-sm"
          data-testid="canned-list"
        >
          {suggestions.map((c) => (
            <li key={c.id}>
              <button
                type="button"
                onClick={() => insert(c.text)}
                className="w-full px-3 py-1.5 text-left hover:bg-subtle"
              >
                <span className="font-mono text-brand-ink">/{c.shortcut}</span>{" "}
                <span className="font-medium">{c.title}</span>
                {c.personal && <span className="text-xs text-muted"> · {t("workspace.cannedPersonal")}</span>}
                <span className="block text-muted">{c.text}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="flex flex-wrap items-end gap-2">
        {!notesOnly && <AttachImageButton chatId={chatId} />}
        <label htmlFor="operator-composer" className="sr-only">
          {t("workspace.composerLabel")}
        </label>
        <textarea
          id="operator-composer"
          rows={2}
          value={draft}
          placeholder={t(notesOnly ? "workspace.replyWindow.composer" : "workspace.composerPlaceholder")}
          aria-invalid={tooLong}
          onChange={(e) => {
            setDraft(e.target.value);
            if (!internal) onTyping();
          }}
          onKeyDown={onKeyDown}
          className="max-h-32 min-h-10 flex-1 resize-none rounded-lg border border-line px-3 py-2 text-base sm:text-sm"
        />
        <button type="submit" disabled={!text || tooLong} className={cn(buttonClasses({ size: "sm" }), "py-2")}>
          {t("workspace.send")}
        </button>
      </div>
      <label className="mt-1 flex items-center gap-2 text-xs text-muted">
        <input
          type="checkbox"
          checked={internal}
          disabled={notesOnly}
          onChange={(e) => setInternal(e.target.checked)}
          data-testid="note-toggle"
        />
        {t("workspace.note")}
      </label>
      {tooLong && (
        <p role="alert" className="mt-1 text-xs text-danger">
          {t("chat.tooLong", { max: MAX_LENGTH })}
        </p>
      )}
    </form>
  );
}
