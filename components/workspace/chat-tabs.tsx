"use client";

import { useTranslations } from "next-intl";
import type { ChatTab } from "./workspace-types";
import { cx } from "class-variance-authority";
import { cardClasses } from "@/components/ui/card-classes";

/** The operator's active chats as tabs (a supervisor's list of others' chats uses the same look). */
export function ChatTabs({
  title,
  tabs,
  selected,
  onSelect,
  empty,
  testId,
}: {
  title: string;
  tabs: ChatTab[];
  selected: string | null;
  onSelect: (chatId: string) => void;
  empty?: string;
  testId: string;
}) {
  const t = useTranslations();
  return (
    <section aria-label={title} className={cx(cardClasses({ padding: "none" }), "p-3")}>
      <h2 className="mb-2 font-semibold">
        {title} <span className="text-muted">({tabs.length})</span>
      </h2>
      {tabs.length === 0 && empty && <p className="text-sm text-muted">{empty}</p>}
      <ul role="tablist" aria-orientation="vertical" className="space-y-1" data-testid={testId}>
        {tabs.map((tab) => {
          const name = "fullName" in tab.who ? tab.who.fullName : (tab.who.visitorName ?? t("workspace.visitor"));
          return (
            <li key={tab.id} role="presentation">
              <button
                type="button"
                role="tab"
                aria-selected={selected === tab.id}
                onClick={() => onSelect(tab.id)}
                data-chat-id={tab.id}
                className={`w-full rounded-lg px-2 py-1.5 text-left text-sm ${selected === tab.id ? "bg-brand-soft ring-1 ring-brand" : "hover:bg-subtle"}`}
              >
                <span className="flex items-center gap-2">
                  <span className="truncate font-medium">{name}</span>
                  {tab.unread > 0 && (
                    <span
                      className="ml-auto rounded-full bg-brand px-1.5 text-[11px] text-white"
                      title={t("workspace.unread", { count: tab.unread })}
                    >
                      {tab.unread}
                    </span>
                  )}
                </span>
                <span className="block truncate text-xs text-muted">
                  {t(`workspace.kind.${tab.kind}`)}
                  {tab.topic ? ` · ${tab.topic}` : ""}
                  {!tab.answered ? ` · ${t("workspace.notAnswered")}` : ""}
                  {!tab.mine && tab.operatorName ? ` · ${tab.operatorName}` : ""}
                </span>
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
