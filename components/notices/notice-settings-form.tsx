"use client";

import { useState, type FormEvent } from "react";
import { useTranslations } from "next-intl";
import { useApiMutation } from "@/components/trpc/use-api-mutation";
import { errorMessage } from "@/components/trpc/error-message";
import type { NoticeSetting, NoticeSettings } from "@/server/domain/notices/notice-settings";
import type { NoticeKind } from "@/server/generated/prisma/enums";
import { buttonClasses } from "@/components/ui/button";
import { noticeClasses } from "@/components/ui/notice";

const CHANNELS = ["enabled", "sms", "email"] as const satisfies ReadonlyArray<keyof NoticeSetting>;

/** One group of checkboxes per kind of notice: receive it at all, and by SMS and by e-mail. */
export function NoticeSettingsForm({ initial }: { initial: NoticeSettings }) {
  const t = useTranslations();
  const [settings, setSettings] = useState(initial);
  // Every kind the server knows, in its order.
  const kinds = Object.keys(initial) as NoticeKind[];
  const save = useApiMutation((api) => api.notices.saveSettings, { onSuccess: setSettings });
  const toggle = (kind: NoticeKind, channel: (typeof CHANNELS)[number], on: boolean) => {
    save.reset();
    setSettings((current) => ({ ...current, [kind]: { ...current[kind], [channel]: on } }));
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!save.isPending) save.mutate(settings);
  };
  return (
    <form onSubmit={submit} className="mt-3 space-y-4" data-testid="notice-settings">
      {kinds.map((kind) => (
        <fieldset key={kind}>
          <legend className="font-medium">{t(`notices.kind${kind}`)}</legend>
          <div className="mt-1 flex flex-wrap gap-x-5 gap-y-2">
            {CHANNELS.map((channel) => (
              <label key={channel} className="inline-flex min-h-11 items-center gap-2">
                <input
                  type="checkbox"
                  className="size-5"
                  checked={settings[kind][channel]}
                  disabled={channel !== "enabled" && !settings[kind].enabled}
                  onChange={(e) => toggle(kind, channel, e.target.checked)}
                />
                {t(`notices.${channel}`)}
              </label>
            ))}
          </div>
        </fieldset>
      ))}
      <p className="text-sm text-muted">{t("notices.quietHours")}</p>
      <button type="submit" disabled={save.isPending} className={buttonClasses({ size: "lg" })}>
        {save.isPending ? t("notices.saving") : t("notices.save")}
      </button>
      {save.isSuccess && (
        <p role="status" className={noticeClasses({ tone: "success" })}>
          {t("notices.saved")}
        </p>
      )}
      {save.error && (
        <p role="alert" className={noticeClasses({ tone: "danger" })}>
          {errorMessage(save.error, t)}
        </p>
      )}
    </form>
  );
}
