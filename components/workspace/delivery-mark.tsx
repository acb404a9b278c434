"use client";

import { AlertCircle, Check, CheckCheck, Clock } from "lucide-react";
import { useTranslations } from "next-intl";
import type { MessageDelivery } from "@/server/realtime/contract";
import { cn } from "@/components/ui/cn";

const look = {
  sending: { Icon: Clock, tone: "text-slate-600" },
  retrying: { Icon: Clock, tone: "text-amber-800" },
  delivered: { Icon: CheckCheck, tone: "text-slate-600" },
  failed: { Icon: AlertCircle, tone: "text-danger" },
} as const;

/** Under an operator's message in a messenger chat: how it fared on its way to the messenger, and why not. */
export function DeliveryMark({ delivery }: { delivery: Pick<MessageDelivery, "state" | "reason"> }) {
  const t = useTranslations();
  const { Icon, tone } = look[delivery.state] ?? { Icon: Check, tone: "text-slate-600" };
  return (
    <p
      className={cn("ml-auto flex max-w-[85%] items-start justify-end gap-1 text-right text-xs", tone)}
      data-testid="delivery-state"
      data-state={delivery.state}
    >
      <Icon aria-hidden="true" className="mt-0.5 size-3.5 shrink-0" />
      <span>
        {t(`delivery.state.${delivery.state}`)}
        {delivery.reason && <>. {t(`delivery.reason.${delivery.reason}`)}</>}
      </span>
    </p>
  );
}
