"use client";

import { useEffect, useState } from "react";
import { useQuery } from "@tanstack/react-query";
import { useFormatter, useTranslations } from "next-intl";
import { useTRPC } from "@/components/trpc/client";
import { appErrorCode } from "@/components/trpc/error-message";
import { cardClasses } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { targetingFrom, type HintDraft } from "./hint-draft";

const SETTLE_MS = 400;

/** "Who would see this hint now", recounted on the server shortly after the conditions stop changing. */
export function HintAudiencePreview({ draft, hintId }: { draft: HintDraft; hintId: string | null }) {
  const t = useTranslations();
  const format = useFormatter();
  const trpc = useTRPC();
  const targeting = JSON.stringify({ ...targetingFrom(draft), hintId });
  const [settled, setSettled] = useState(targeting);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(targeting), SETTLE_MS);
    return () => clearTimeout(timer);
  }, [targeting]);
  // The server checks the conditions (hintPreviewSchema): a refusal says they are not valid yet, and asking again
  // would not change that. No schema in the browser, so zod stays out of the editor's first load.
  const audience = useQuery(
    trpc.hints.preview.queryOptions(JSON.parse(settled), {
      placeholderData: (previous) => previous,
      retry: (failures, error) => appErrorCode(error) !== "INVALID_INPUT" && failures < 1,
    }),
  );
  const invalid = audience.isError && appErrorCode(audience.error) === "INVALID_INPUT";

  // Still the answer to earlier conditions while the new ones settle or are counted.
  const busy = settled !== targeting || audience.isFetching;

  let body;
  if (invalid) body = <p className="text-muted">{t("hintEditor.preview.invalid")}</p>;
  else if (audience.isError) body = <p className="text-danger">{t("hintEditor.preview.failed")}</p>;
  else if (!audience.data) body = <p className="text-muted">{t("hintEditor.preview.counting")}</p>;
  else if (audience.data.matching === 0) body = <p data-testid="hint-audience-none">{t("hintEditor.preview.none")}</p>;
  else
    body = (
      <>
        <p className="text-2xl font-semibold" data-testid="hint-audience-count">
          {t("hintEditor.preview.matching", {
            count: audience.data.matching,
            accounts: format.number(audience.data.accounts),
          })}
        </p>
        <p className="mt-2">{t("hintEditor.preview.examples")}</p>
        <ul className="mt-1 list-disc pl-5" data-testid="hint-audience-examples">
          {audience.data.examples.map((e) => (
            <li key={e.accountNumber}>
              {t("hintEditor.preview.example", { accountNumber: e.accountNumber, name: e.firstName })}
            </li>
          ))}
        </ul>
      </>
    );
  return (
    <section aria-labelledby="hint-audience-title" aria-live="polite" className={cn(cardClasses(), "text-sm")}>
      <h2 id="hint-audience-title" className="text-heading">
        {t("hintEditor.preview.title")}
      </h2>
      <div className={cn("mt-2", busy && "opacity-60")} aria-busy={busy} data-testid="hint-audience">
        {body}
      </div>
      <p className="mt-3 text-xs text-muted">{t("hintEditor.preview.note")}</p>
    </section>
  );
}
