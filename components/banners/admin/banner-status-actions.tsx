"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { useApiMutation } from "@/components/trpc/use-api-mutation";
import { errorMessage } from "@/components/trpc/error-message";
import type { BannerStatusAction } from "@/server/domain/banners/set-banner-status";
import { buttonClasses } from "@/components/ui/button";
import { noticeClasses } from "@/components/ui/notice";
import { cn } from "@/components/ui/cn";

const button = {
  publish: buttonClasses(),
  pause: buttonClasses({ variant: "secondary" }),
  archive: buttonClasses({ variant: "danger-outline" }),
} satisfies Record<BannerStatusAction, string>;

/** Publish, pause and archive, as the banner's status allows; archiving asks once more because it is final. */
export function BannerStatusActions({ bannerId, actions }: { bannerId: string; actions: BannerStatusAction[] }) {
  const t = useTranslations();
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const [done, setDone] = useState<BannerStatusAction | null>(null);
  const setStatus = useApiMutation((api) => api.banners.setStatus, {
    onSuccess: (_result, input) => {
      setDone(input.action);
      setConfirming(false);
      router.refresh();
    },
  });
  const run = (action: BannerStatusAction) => {
    setDone(null);
    if (action === "archive" && !confirming) return setConfirming(true);
    setStatus.mutate({ bannerId, action });
  };
  // Nothing left to do (archived): only the confirmation of what was just done, if anything.
  if (actions.length === 0 && !done) return null;
  return (
    <div className="space-y-2" role="group" aria-label={t("banners.actions.legend")}>
      <div className="flex flex-wrap gap-2 text-sm">
        {actions.map((action) => (
          <button
            key={action}
            type="button"
            disabled={setStatus.isPending}
            onClick={() => run(action)}
            className={button[action]}
          >
            {t(`banners.actions.${action}`)}
          </button>
        ))}
      </div>
      {confirming && (
        <div
          role="alertdialog"
          aria-labelledby="banner-archive-question"
          className={cn(noticeClasses({ tone: "danger" }), "space-y-2 text-sm")}
        >
          <p id="banner-archive-question" className="text-danger-strong">
            {t("banners.actions.confirmArchive")}
          </p>
          <div className="flex flex-wrap gap-2">
            <button
              type="button"
              autoFocus
              disabled={setStatus.isPending}
              onClick={() => run("archive")}
              className={buttonClasses({ variant: "danger" })}
            >
              {t("banners.actions.yesArchive")}
            </button>
            <button
              type="button"
              onClick={() => setConfirming(false)}
              className={buttonClasses({ variant: "secondary" })}
            >
              {t("banners.actions.cancel")}
            </button>
          </div>
        </div>
      )}
      <p aria-live="polite" className="text-sm text-success">
        {done ? t(`banners.actions.done.${done}`) : ""}
      </p>
      {setStatus.error && (
        <p role="alert" className={cn(noticeClasses({ tone: "danger" }), "text-sm")}>
          {errorMessage(setStatus.error, t)}
        </p>
      )}
    </div>
  );
}
