"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { isLocale, locales } from "@/i18n/locales";
import { useTRPC } from "@/components/trpc/client";

const labels = { ru: "Русский", en: "English" } as const;

export function LanguageSwitch() {
  const t = useTranslations();
  const locale = useLocale();
  const router = useRouter();
  const trpc = useTRPC();
  const setLocale = useMutation(trpc.preferences.setLocale.mutationOptions({ onSuccess: () => router.refresh() }));
  return (
    <label className="flex items-center gap-1">
      <span className="sr-only">{t("nav.language")}</span>
      <select
        value={locale}
        disabled={setLocale.isPending}
        onChange={(e) => isLocale(e.target.value) && setLocale.mutate({ locale: e.target.value })}
        className="rounded border border-line bg-surface px-2 py-1"
      >
        {locales.map((l) => (
          <option key={l} value={l} lang={l}>
            {labels[l]}
          </option>
        ))}
      </select>
    </label>
  );
}
