"use client";

import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useTRPC } from "@/components/trpc/client";
import { errorMessage } from "@/components/trpc/error-message";
import type { QueueStatus } from "@/server/domain/chat/queue-status";
import { buttonClasses } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";

/** Place in the queue and the expected wait; with nobody online, the offer to leave a request instead. */
export function QueueBanner({
  chatId,
  queue,
  leftRequest,
}: {
  chatId: string;
  queue: QueueStatus | null;
  leftRequest: boolean;
}) {
  const t = useTranslations();
  const trpc = useTRPC();
  const leave = useMutation(trpc.chat.leaveRequest.mutationOptions());
  const minutes = queue?.estimatedWaitSeconds != null ? Math.max(1, Math.ceil(queue.estimatedWaitSeconds / 60)) : null;
  const nobodyOnline = queue?.operatorsOnline === 0;

  return (
    <div
      role="status"
      className="border-b border-warning/40 bg-warning-soft px-4 py-2 text-sm text-warning"
      data-testid="chat-queue"
    >
      {queue && queue.position > 0 && (
        <p>
          {t("chat.queuePosition", { position: queue.position })}
          {minutes !== null && ` ${t("chat.queueWait", { minutes })}`}
        </p>
      )}
      {leftRequest || leave.isSuccess ? (
        <p className="mt-1 font-medium">{t("chat.requestLeft")}</p>
      ) : nobodyOnline ? (
        <div className="mt-1">
          <p>{t("chat.noOperators")}</p>
          <button
            type="button"
            disabled={leave.isPending}
            onClick={() => leave.mutate({ chatId })}
            className={cn(buttonClasses({ size: "sm" }), "mt-2")}
          >
            {t("chat.leaveRequest")}
          </button>
          {leave.isError && (
            <p role="alert" className="mt-1 text-danger">
              {errorMessage(leave.error, t)}
            </p>
          )}
        </div>
      ) : null}
    </div>
  );
}
