"use client";

import { useMutation, useQuery } from "@tanstack/react-query";
import { ArrowLeft, Bot, Paperclip, SendHorizontal } from "lucide-react";
import { useEffect, useRef, useState, type FormEvent } from "react";
import { useTranslations } from "next-intl";
import { useTRPC } from "@/components/trpc/client";
import { MAX_IMAGE_BYTES } from "@/server/domain/chat/chat-image-limits";
import { buttonClasses } from "@/components/ui/button";
import { cardClasses } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { SimulatedMessage } from "./simulated-message";

/** What the fake Bot API recorded arrives by polling: a demo page, not worth a realtime channel. */
const POLL_MS = 1_000;

function toBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).split(",")[1] ?? "");
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });
}

/** A Telegram-like chat with the demo bot: pick who writes, then write, send a photo, press inline buttons, rate. */
export function MessengerSimulator() {
  const t = useTranslations();
  const trpc = useTRPC();
  const people = useQuery(trpc.devMessenger.people.queryOptions());
  const [contactId, setContactId] = useState<number | null>(null);
  if (contactId === null)
    return (
      <section aria-labelledby="sim-pick" className={cn(cardClasses(), "space-y-3")}>
        <h2 id="sim-pick" className="text-heading">
          {t("devMessenger.pickContact")}
        </h2>
        <ul className="grid gap-2 sm:grid-cols-3">
          {(people.data ?? []).map((person) => (
            <li key={person.id}>
              <button
                type="button"
                onClick={() => setContactId(person.id)}
                className={cn(buttonClasses({ variant: "secondary" }), "w-full justify-start")}
              >
                <span className="flex size-8 items-center justify-center rounded-full bg-sky-500 text-sm text-white">
                  {person.name.slice(0, 1)}
                </span>
                {person.name}
              </button>
            </li>
          ))}
        </ul>
      </section>
    );
  return <SimulatedChat contactId={contactId} onBack={() => setContactId(null)} />;
}

function SimulatedChat({ contactId, onBack }: { contactId: number; onBack: () => void }) {
  const t = useTranslations();
  const trpc = useTRPC();
  const [text, setText] = useState("");
  const [notice, setNotice] = useState<string | null>(null);
  const file = useRef<HTMLInputElement>(null);
  const scroller = useRef<HTMLOListElement>(null);
  const chat = useQuery({ ...trpc.devMessenger.conversation.queryOptions({ contactId }), refetchInterval: POLL_MS });
  const act = useMutation(
    trpc.devMessenger.act.mutationOptions({
      onSuccess: (result) => {
        setNotice(result.delivered ? null : t("devMessenger.notDelivered"));
        void chat.refetch();
      },
      onError: () => setNotice(t("devMessenger.failed")),
    }),
  );
  const entries = chat.data ?? [];
  useEffect(() => {
    const box = scroller.current;
    if (box) box.scrollTop = box.scrollHeight;
  }, [entries.length]);

  const send = (e: FormEvent) => {
    e.preventDefault();
    if (!text.trim()) return;
    act.mutate({ contactId, action: { kind: "text", text } });
    setText("");
  };
  const sendPhoto = async (picked: File | undefined) => {
    if (!picked) return;
    if (picked.size > MAX_IMAGE_BYTES) return setNotice(t("devMessenger.photoTooLarge"));
    act.mutate({ contactId, action: { kind: "photo", base64: await toBase64(picked), caption: "" } });
  };
  return (
    <section
      aria-label={t("devMessenger.botName")}
      className="mx-auto flex h-[calc(100dvh-9rem)] min-h-[28rem] max-w-md flex-col overflow-hidden rounded-2xl shadow ring-1 ring-slate-200"
    >
      <header className="flex items-center gap-3 bg-[#517da2] px-2 py-2 text-white">
        <button type="button" onClick={onBack} className="rounded-full p-2 hover:bg-white/15">
          <ArrowLeft aria-hidden="true" className="size-5" />
          <span className="sr-only">{t("devMessenger.back")}</span>
        </button>
        <span className="flex size-9 items-center justify-center rounded-full bg-sky-300 text-[#1f4f73]">
          <Bot aria-hidden="true" className="size-5" />
        </span>
        <span>
          <span className="block font-medium leading-tight">{t("devMessenger.botName")}</span>
          <span className="block text-xs text-white/80">{t("devMessenger.botLabel")}</span>
        </span>
      </header>
      <ol
        ref={scroller}
        aria-live="polite"
        className="flex flex-1 flex-col gap-2 overflow-y-auto bg-[#c8d9e6] px-3 py-3"
        data-testid="sim-chat"
      >
        {entries.length === 0 && !chat.isLoading && (
          <li className="m-auto max-w-xs space-y-3 rounded-2xl bg-white/70 p-4 text-center text-sm text-slate-700">
            <p>{t("devMessenger.empty")}</p>
            <button
              type="button"
              className={buttonClasses({ size: "sm" })}
              onClick={() => act.mutate({ contactId, action: { kind: "text", text: "/start" } })}
            >
              {t("devMessenger.start")}
            </button>
          </li>
        )}
        {entries.map((entry) => (
          <SimulatedMessage
            key={`${entry.from}-${entry.messageId}`}
            entry={entry}
            pressing={act.isPending}
            onPress={(data) => act.mutate({ contactId, action: { kind: "press", messageId: entry.messageId, data } })}
          />
        ))}
      </ol>
      {notice && (
        <p role="alert" className="bg-amber-50 px-3 py-1 text-sm text-amber-900">
          {notice}
        </p>
      )}
      <form onSubmit={send} className="flex items-center gap-1 bg-white px-2 py-2">
        <input
          ref={file}
          type="file"
          accept="image/png,image/jpeg,image/webp"
          className="sr-only"
          tabIndex={-1}
          aria-hidden="true"
          data-testid="sim-photo-input"
          onChange={(e) => {
            void sendPhoto(e.target.files?.[0]);
            e.target.value = "";
          }}
        />
        <button
          type="button"
          onClick={() => file.current?.click()}
          className="rounded-full p-2 text-slate-500 hover:bg-slate-100"
        >
          <Paperclip aria-hidden="true" className="size-5" />
          <span className="sr-only">{t("devMessenger.attach")}</span>
        </button>
        <label htmlFor="sim-text" className="sr-only">
          {t("devMessenger.placeholder")}
        </label>
        <input
          id="sim-text"
          value={text}
          onChange={(e) => setText(e.target.value)}
          placeholder={t("devMessenger.placeholder")}
          autoComplete="off"
          maxLength={4096}
          className="min-w-0 flex-1 rounded-full bg-slate-100 px-4 py-2 text-base outline-none focus:ring-2 focus:ring-sky-400"
        />
        <button
          type="submit"
          disabled={act.isPending || !text.trim()}
          className="rounded-full p-2 text-sky-600 hover:bg-sky-50 disabled:opacity-50"
        >
          <SendHorizontal aria-hidden="true" className="size-5" />
          <span className="sr-only">{t("devMessenger.send")}</span>
        </button>
      </form>
    </section>
  );
}
