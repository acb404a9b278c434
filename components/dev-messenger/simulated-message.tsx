"use client";

import { useLocale } from "next-intl";
import type { SimulatedEntry } from "@/server/channels/telegram/fake-telegram-chats";
import { intlLocale } from "@/i18n/format";
import { cn } from "@/components/ui/cn";

/** One line of the simulated Telegram chat: the person's on the right, the bot's on the left with its inline keyboard. */
export function SimulatedMessage({
  entry,
  onPress,
  pressing,
}: {
  entry: SimulatedEntry;
  onPress: (data: string) => void;
  pressing: boolean;
}) {
  const locale = useLocale();
  const mine = entry.from === "user";
  const time = new Date(entry.date * 1000).toLocaleTimeString(intlLocale(locale === "en" ? "en" : "ru"), {
    hour: "2-digit",
    minute: "2-digit",
  });
  return (
    <li
      className={cn("flex max-w-[85%] flex-col gap-1", mine ? "ml-auto items-end" : "mr-auto items-start")}
      data-testid="sim-message"
      data-from={entry.from}
    >
      <div
        className={cn(
          "rounded-2xl px-3 py-2 text-[15px] leading-snug shadow-sm",
          mine ? "rounded-br-md bg-[#effdde] text-slate-900" : "rounded-bl-md bg-white text-slate-900",
        )}
      >
        {entry.photo && (
          // eslint-disable-next-line @next/next/no-img-element -- a demo picture from the fake Bot API, not for the optimizer
          <img
            src={`/dev/messenger/files/${entry.photo}`}
            alt=""
            className="mb-1 max-h-60 max-w-full rounded-lg"
            data-testid="sim-photo"
          />
        )}
        {entry.text && <p className="whitespace-pre-wrap break-words">{entry.text}</p>}
        <p className="mt-0.5 text-right text-[11px] text-slate-500">
          <time>{time}</time>
        </p>
      </div>
      {entry.buttons.length > 0 && (
        <div className="flex w-full flex-col gap-1" role="group">
          {entry.buttons.map((row, index) => (
            <div key={index} className="flex gap-1">
              {row.map((key) => (
                <button
                  key={key.data}
                  type="button"
                  disabled={pressing}
                  onClick={() => onPress(key.data)}
                  className="min-h-9 min-w-10 flex-1 rounded-lg bg-slate-700/60 px-2 py-1.5 text-sm font-medium text-white hover:bg-slate-700/75 disabled:opacity-60"
                >
                  {key.text}
                </button>
              ))}
            </div>
          ))}
        </div>
      )}
    </li>
  );
}
