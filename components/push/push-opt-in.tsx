"use client";

import { useMutation, useQuery } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { useTranslations } from "next-intl";
import { useTRPC } from "@/components/trpc/client";
import { buttonClasses } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";

type Status = "off" | "on" | "blocked" | "failed";

const pushSupported = () => typeof window !== "undefined" && "serviceWorker" in navigator && "PushManager" in window;

/**
 * Opt-in to Web Push for this chat, so an operator's reply or the close reaches a subscriber who left the page.
 * Offered only where the browser can and the server has VAPID keys. A browser that opted in before is moved
 * to this chat without asking again.
 */
export function PushOptIn({ chatId }: { chatId: string }) {
  const t = useTranslations();
  const trpc = useTRPC();
  const key = useQuery({ ...trpc.chat.pushKey.queryOptions(), enabled: pushSupported(), staleTime: Infinity });
  const subscribe = useMutation(trpc.chat.subscribePush.mutationOptions());
  const unsubscribe = useMutation(trpc.chat.unsubscribePush.mutationOptions());
  const [status, setStatus] = useState<Status>("off");
  const { mutate: attach } = subscribe;

  useEffect(() => {
    if (!key.data || Notification.permission === "denied") return;
    void navigator.serviceWorker.ready
      .then((registration) => registration.pushManager.getSubscription())
      .then((existing) => {
        if (!existing) return;
        attach({ chatId, subscription: subscriptionInput(existing) });
        setStatus("on");
      });
  }, [key.data, chatId, attach]);

  if (!key.data) return null;
  const shown = Notification.permission === "denied" ? "blocked" : status;

  async function turnOn(applicationServerKey: string) {
    try {
      if ((await Notification.requestPermission()) !== "granted") return setStatus("blocked");
      const registration = await navigator.serviceWorker.ready;
      const subscription = await registration.pushManager.subscribe({ userVisibleOnly: true, applicationServerKey });
      await subscribe.mutateAsync({ chatId, subscription: subscriptionInput(subscription) });
      setStatus("on");
    } catch {
      setStatus("failed");
    }
  }

  async function turnOff() {
    const subscription = await (await navigator.serviceWorker.ready).pushManager.getSubscription();
    if (subscription) {
      await unsubscribe.mutateAsync({ endpoint: subscription.endpoint });
      await subscription.unsubscribe();
    }
    setStatus("off");
  }

  const button = cn(buttonClasses({ variant: "secondary", size: "sm" }), "px-2 py-1");
  return (
    <div className="flex flex-wrap items-center gap-2 border-b border-line-soft bg-brand-soft px-4 py-2 text-xs text-ink">
      {shown === "on" ? (
        <>
          <span role="status">{t("push.optedIn")}</span>
          <button type="button" className={button} onClick={() => void turnOff()}>
            {t("push.optOut")}
          </button>
        </>
      ) : shown === "blocked" ? (
        <span role="status">{t("push.blocked")}</span>
      ) : (
        <>
          <button type="button" className={button} onClick={() => void turnOn(key.data!)}>
            {t("push.optIn")}
          </button>
          {shown === "failed" && <span role="alert">{t("push.failed")}</span>}
        </>
      )}
    </div>
  );
}

/** PushSubscription.toJSON() as the procedure takes it. */
function subscriptionInput(subscription: PushSubscription) {
  const { endpoint, keys } = subscription.toJSON();
  return { endpoint: endpoint ?? subscription.endpoint, keys: { p256dh: keys?.p256dh ?? "", auth: keys?.auth ?? "" } };
}
