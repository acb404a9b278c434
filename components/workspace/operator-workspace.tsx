"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { lazy, Suspense, useEffect, useState } from "react";
import { useTranslations } from "next-intl";
import { useTRPC } from "@/components/trpc/client";
import { errorMessage } from "@/components/trpc/error-message";
import { useRealtime } from "@/components/chat/realtime-provider";
import { OPERATOR_QUEUE_CHANNEL } from "@/server/realtime/channel-names";
import type { ServerEventName } from "@/server/realtime/contract";
import { ChatTabs } from "./chat-tabs";
import { OperatorsBoard } from "./operators-board";
import { QueueList } from "./queue-list";
import { usePresence, type Presence } from "./use-presence";
import type { WorkspaceView } from "./workspace-types";
import { cx } from "class-variance-authority";
import { cardClasses } from "@/components/ui/card-classes";
import { noticeClasses } from "@/components/ui/notice";

// The open chat (its stream, composer, panels and the realtime event schemas) is a chunk of its own: the server renders
// it into the page and the browser fetches it while hydrating, so the queue and the tabs do not wait for it.
const WorkspaceChat = lazy(() => import("./workspace-chat").then((module) => ({ default: module.WorkspaceChat })));
// Only asks for the overview again: what these events carry is not read, so no schema checks it here.
const QUEUE_EVENTS: ServerEventName[] = ["queue-changed", "presence-changed"];

// Realtime tells us when the queue changes; the poll only keeps wait times and tabs honest without it.
const REFRESH_MS = 10_000;

/** /admin/workspace: status, queue, own chats as tabs, the open chat with the subscriber beside it. */
export function OperatorWorkspace({ initial }: { initial: WorkspaceView }) {
  const t = useTranslations();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const pusher = useRealtime();
  const query = useQuery({
    ...trpc.workspace.overview.queryOptions(),
    initialData: initial,
    refetchInterval: REFRESH_MS,
  });
  const view = query.data;
  const [picked, setSelected] = useState<string | null>(null);
  // A chat given to me by auto-assignment opens by itself when nothing was picked.
  const selected = picked ?? view.myChats[0]?.id ?? null;
  const { presence, choose } = usePresence(
    view.me.presence === "OFFLINE" ? "ONLINE" : view.me.presence,
    view.me.canTake,
  );
  const refresh = () => void queryClient.invalidateQueries({ queryKey: trpc.workspace.overview.queryKey() });
  const take = useMutation(
    trpc.workspace.take.mutationOptions({
      onSuccess: (chat) => {
        setSelected(chat.id);
        refresh();
      },
      onError: refresh,
    }),
  );

  useEffect(() => {
    if (!pusher) return;
    const channel = pusher.subscribe(OPERATOR_QUEUE_CHANNEL);
    const onChange = () => void queryClient.invalidateQueries({ queryKey: trpc.workspace.overview.queryKey() });
    for (const event of QUEUE_EVENTS) channel.bind(event, onChange);
    return () => {
      for (const event of QUEUE_EVENTS) channel.unbind(event, onChange);
      pusher.unsubscribe(OPERATOR_QUEUE_CHANNEL);
    };
  }, [pusher, queryClient, trpc]);

  return (
    // Wide: the root layout lets this page use the desktop's width (app/layout.tsx).
    <div className="space-y-4" data-layout="wide">
      <header className="flex flex-wrap items-center gap-3">
        <h1 className="text-title">{t("workspace.title")}</h1>
        {view.me.canTake && (
          <label className="ml-auto flex items-center gap-2 text-sm">
            {t("workspace.presenceLabel")}
            <select
              value={presence}
              onChange={(e) => choose(e.target.value as Presence)}
              data-testid="presence-select"
              className="rounded-lg border border-line px-2 py-1"
            >
              {(["ONLINE", "AWAY", "OFFLINE"] as const).map((p) => (
                <option key={p} value={p}>
                  {t(`workspace.presence.${p}`)}
                </option>
              ))}
            </select>
          </label>
        )}
        {view.me.canTake && (
          <p className="text-sm text-muted" data-testid="my-load">
            {t("workspace.load", { active: view.me.activeCount, limit: view.me.chatLimit })}
          </p>
        )}
      </header>
      {take.isError && (
        // Appended, not merged: the stylesheet puts px-3 and py-2 after the notice's p-3, so they win.
        <p role="alert" className={cx(noticeClasses({ tone: "danger" }), "px-3 py-2 text-sm")}>
          {errorMessage(take.error, t)}
        </p>
      )}
      <div className="grid gap-4 lg:grid-cols-[16rem_minmax(0,1fr)]">
        <div className="space-y-4">
          <ChatTabs
            title={t("workspace.myChats")}
            tabs={view.myChats}
            selected={selected}
            onSelect={setSelected}
            empty={t("workspace.myChatsEmpty")}
            testId="my-chats"
          />
          <QueueList
            queue={view.queue}
            receivedAt={query.dataUpdatedAt}
            canTake={view.me.canTake}
            taking={take.isPending ? "pending" : null}
            onTake={(chatId) => take.mutate({ chatId })}
          />
          {view.me.supervisor && (
            <ChatTabs
              title={t("workspace.otherChats")}
              tabs={view.otherChats}
              selected={selected}
              onSelect={setSelected}
              testId="other-chats"
            />
          )}
          {view.me.supervisor && <OperatorsBoard operators={view.operators} />}
        </div>
        {selected ? (
          <Suspense>
            <WorkspaceChat
              key={selected}
              chatId={selected}
              myId={view.me.id}
              supervisor={view.me.supervisor}
              operators={view.operators}
              onChanged={() => {
                // The chat acted on stays on screen, also one opened by itself: closed, it shows its end.
                setSelected(selected);
                refresh();
              }}
              onLeft={() => {
                setSelected(null);
                refresh();
              }}
            />
          </Suspense>
        ) : (
          <p className={cx(cardClasses({ padding: "none" }), "p-6 text-sm text-muted")}>{t("workspace.pickChat")}</p>
        )}
      </div>
    </div>
  );
}
