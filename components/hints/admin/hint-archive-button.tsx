"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useTRPC } from "@/components/trpc/client";
import { errorMessage } from "@/components/trpc/error-message";
import { Button } from "@/components/ui/button";

/** Archive (never delete: the votes stay) or bring the hint back, over the version on screen. */
export function HintArchiveButton({
  hintId,
  archived,
  version,
}: {
  hintId: string;
  archived: boolean;
  version: number;
}) {
  const t = useTranslations();
  const trpc = useTRPC();
  const router = useRouter();
  const change = useMutation(trpc.hints.setArchived.mutationOptions({ onSuccess: () => router.refresh() }));
  return (
    <div className="flex flex-wrap items-center gap-3">
      <Button
        variant={archived ? "secondary" : "danger-outline"}
        disabled={change.isPending}
        onClick={() => change.mutate({ hintId, archived: !archived, version })}
      >
        {archived ? t("hintEditor.restore") : t("hintEditor.archive")}
      </Button>
      {change.error && (
        <p role="alert" className="text-sm text-danger">
          {errorMessage(change.error, t)}
        </p>
      )}
    </div>
  );
}
