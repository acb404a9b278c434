"use client";

import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { useTRPC } from "@/components/trpc/client";
import { errorMessage } from "@/components/trpc/error-message";

/** The supervisor's own opt-in to the morning e-mail; saved as soon as it is ticked. */
export function DailyOptIn({ optIn }: { optIn: boolean }) {
  const t = useTranslations();
  const trpc = useTRPC();
  const [checked, setChecked] = useState(optIn);
  const save = useMutation(trpc.reports.setDailyOptIn.mutationOptions());
  return (
    <div className="text-sm">
      <label className="flex items-center gap-2">
        <input
          type="checkbox"
          checked={checked}
          disabled={save.isPending}
          onChange={(e) => {
            setChecked(e.target.checked);
            save.mutate({ optIn: e.target.checked });
          }}
        />
        {t("reports.optIn")}
      </label>
      <p role="status" className="mt-1 text-muted">
        {save.isSuccess && t("reports.optInSaved")}
        {save.isError && errorMessage(save.error, t)}
      </p>
    </div>
  );
}
