"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useApiMutation } from "@/components/trpc/use-api-mutation";
import { errorMessage } from "@/components/trpc/error-message";
import { buttonClasses } from "@/components/ui/button";

export function MarkNoticesRead() {
  const t = useTranslations();
  const router = useRouter();
  const mark = useApiMutation((api) => api.notices.markRead, { onSuccess: () => router.refresh() });
  return (
    <div>
      <button
        type="button"
        disabled={mark.isPending}
        onClick={() => mark.mutate()}
        className={buttonClasses({ variant: "secondary", size: "sm" })}
      >
        {t("notices.markRead")}
      </button>
      {mark.error && (
        <p role="alert" className="mt-1 text-sm text-danger">
          {errorMessage(mark.error, t)}
        </p>
      )}
    </div>
  );
}
