"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { LanguageSwitch } from "./language-switch";
import { SignOutButton } from "@/components/auth/sign-out-button";

export function SiteHeader({ principalKind }: { principalKind: "subscriber" | "staff" | null }) {
  const t = useTranslations();
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center gap-x-4 gap-y-2 px-4 py-3">
        <Link href="/" className="text-lg font-semibold text-brand-700">
          {t("app.name")}
        </Link>
        <nav aria-label={t("nav.mainMenu")} className="flex flex-1 flex-wrap items-center gap-3 text-sm">
          <Link href="/help" className="hover:underline">
            {t("nav.help")}
          </Link>
          {principalKind === "subscriber" && (
            <Link href="/account" className="hover:underline">
              {t("nav.account")}
            </Link>
          )}
          {principalKind === "staff" && (
            <Link href="/admin" className="hover:underline">
              {t("nav.admin")}
            </Link>
          )}
        </nav>
        <div className="flex items-center gap-3 text-sm">
          <LanguageSwitch />
          {principalKind ? (
            <SignOutButton />
          ) : (
            <Link
              href="/login"
              className="rounded-md bg-brand-600 px-3 py-1.5 font-medium text-white hover:bg-brand-700"
            >
              {t("nav.signIn")}
            </Link>
          )}
        </div>
      </div>
    </header>
  );
}
