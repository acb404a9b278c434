"use client";

import { useQuery } from "@tanstack/react-query";
import { useEffect } from "react";
import { useLocale, useTranslations } from "next-intl";
import { useTRPC } from "@/components/trpc/client";
import { noticeClasses } from "@/components/ui/notice";
import { formatMoney } from "@/i18n/format";
import { formatDay } from "./catalogue-format";
import { refusal } from "./form-values";

/**
 * How many accounts a changed fee reaches, and from when; asked as soon as the fee or the day changes. The server
 * checks the day here first: `onDayRefused` tells the form to show that under the day's field.
 */
export function FeePreview({
  tariffId,
  monthlyFee,
  feeEffectiveFrom,
  feeChanged,
  onDayRefused,
}: {
  tariffId: string;
  monthlyFee: number;
  feeEffectiveFrom: string;
  feeChanged: boolean;
  onDayRefused: (refused: boolean) => void;
}) {
  const t = useTranslations();
  const locale = useLocale() as "ru" | "en";
  const trpc = useTRPC();
  const preview = useQuery(
    trpc.catalogue.previewTariffFee.queryOptions(
      { tariffId, monthlyFee, feeEffectiveFrom },
      { enabled: feeChanged && /^\d{4}-\d{2}-\d{2}$/.test(feeEffectiveFrom), retry: false },
    ),
  );
  const dayRefused = refusal(preview.error).fields.includes("feeEffectiveFrom");
  useEffect(() => onDayRefused(dayRefused), [dayRefused, onDayRefused]);
  if (!feeChanged || !preview.data) return null;
  return (
    <p role="status" data-testid="fee-preview" className={noticeClasses({ tone: "warning" })}>
      {t("catalogue.tariffs.feePreview", {
        accounts: preview.data.accounts,
        date: formatDay(preview.data.startsAt, locale),
        fee: formatMoney(preview.data.monthlyFee, locale),
        before: formatMoney(preview.data.feeBefore, locale),
      })}
    </p>
  );
}
