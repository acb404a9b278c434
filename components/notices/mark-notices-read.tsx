"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useTRPC } from "@/components/trpc/client";
import { errorMessage } from "@/components/trpc/error-message";
import { buttonClasses } from "@/components/ui/button";

export function MarkNoticesRead() {
  const t = useTranslations();
  const trpc = useTRPC();
  const router = useRouter();
  const mark = useMutation(trpc.notices.markRead.mutationOptions({ onSuccess: () => router.refresh() }));
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
