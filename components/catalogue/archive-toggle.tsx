"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useTRPC } from "@/components/trpc/client";
import { errorMessage } from "@/components/trpc/error-message";
import { buttonClasses } from "@/components/ui/button";

/** Archives a tariff or an option, or opens it again; nothing in the catalogue is deleted. */
export function ArchiveToggle({
  kind,
  item,
}: {
  kind: "tariff" | "option";
  item: { id: string; version: number; isArchived: boolean; name: string };
}) {
  const t = useTranslations();
  const trpc = useTRPC();
  const router = useRouter();
  const options = { onSuccess: () => router.refresh() };
  const tariff = useMutation(trpc.catalogue.setTariffArchived.mutationOptions(options));
  const option = useMutation(trpc.catalogue.setOptionArchived.mutationOptions(options));
  const change = kind === "tariff" ? tariff : option;
  const input = { id: item.id, version: item.version, archived: !item.isArchived };
  return (
    <>
      <button
        type="button"
        disabled={change.isPending}
        onClick={() => change.mutate(input)}
        className={buttonClasses({ variant: item.isArchived ? "ghost" : "danger-outline", size: "sm" })}
      >
        {item.isArchived ? t("catalogue.actions.open") : t("catalogue.actions.archive")}
        <span className="sr-only">: {item.name}</span>
      </button>
      {change.error && (
        <p role="alert" className="mt-1 text-sm text-danger">
          {errorMessage(change.error, t)}
        </p>
      )}
    </>
  );
}
