"use client";

import { useTranslations } from "next-intl";
import type { Translate } from "@/i18n/translator";
import type { WorkspaceView } from "./workspace-types";
import { WaitTime } from "./wait-time";
import { actionName } from "@/server/domain/self-service/code-phrases";
import { cx } from "class-variance-authority";
import { buttonClasses } from "@/components/ui/button-classes";
import { cardClasses } from "@/components/ui/card-classes";
import { badgeClasses } from "@/components/ui/badge-classes";

/** The chat's topic, else what failed before it, in words. */
function topicOf(t: Translate, chat: WorkspaceView["queue"][number]) {
  return chat.topic ?? (chat.failedAction ? actionName(t, chat.failedAction) : null);
}

/** Waiting chats, longest first, with their wait time, kind, channel and topic. */
export function QueueList({
  queue,
  receivedAt,
  canTake,
  taking,
  onTake,
}: {
  queue: WorkspaceView["queue"];
  receivedAt: number;
  canTake: boolean;
  taking: string | null;
  onTake: (chatId: string) => void;
}) {
  const t = useTranslations();
  return (
    <section aria-labelledby="queue-title" className={cx(cardClasses({ padding: "none" }), "p-3")}>
      <h2 id="queue-title" className="mb-2 font-semibold">
        {t("workspace.queueTitle")} <span className="text-muted">({queue.length})</span>
      </h2>
      {queue.length === 0 && <p className="text-sm text-muted">{t("workspace.queueEmpty")}</p>}
      <ul className="space-y-2" data-testid="queue-list">
        {queue.map((chat) => (
          <li
            key={chat.id}
            className="rounded-lg border border-line-soft p-2 text-sm"
            data-testid="queue-item"
            data-chat-id={chat.id}
          >
            <div className="flex flex-wrap items-center gap-1">
              <span className={badgeClasses({ tone: chat.kind === "SALES" ? "success" : "brand" })}>
                {t(`workspace.kind.${chat.kind}`)}
              </span>
              <span className={badgeClasses()}>{t(`workspace.channel.${chat.channel}`)}</span>
              <span className="ml-auto text-xs text-muted">
                {t("workspace.waiting")} <WaitTime seconds={chat.waitingSeconds} receivedAt={receivedAt} />
              </span>
            </div>
            <p className="mt-1 font-medium">
              {"fullName" in chat.who ? chat.who.fullName : (chat.who.visitorName ?? t("workspace.visitor"))}
            </p>
            {topicOf(t, chat) && <p className="text-xs text-muted">{topicOf(t, chat)}</p>}
            {canTake && (
              <button
                type="button"
                onClick={() => onTake(chat.id)}
                disabled={taking !== null}
                className={cx(buttonClasses({ size: "sm" }), "mt-2")}
              >
                {t("workspace.take")}
              </button>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
