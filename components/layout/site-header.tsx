"use client";

import { Link } from "@/components/ui/link";
import { usePathname } from "next/navigation";
import { useTranslations } from "next-intl";
import { LanguageSwitch } from "./language-switch";
import { useDisclosure } from "./use-disclosure";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { buttonClasses } from "@/components/ui/button-classes";

/**
 * One row on every screen: on a phone the links, the language and "sign out" fold into a menu behind a
 * button; from `sm` up the same markup is laid out in the row.
 */
export function SiteHeader({ principalKind }: { principalKind: "subscriber" | "staff" | null }) {
  const t = useTranslations();
  const { open, toggle, rootRef, buttonRef } = useDisclosure(usePathname());
  return (
    <header ref={rootRef} className="relative border-b border-line-soft bg-surface">
      <div className="mx-auto flex h-14 max-w-5xl items-center gap-3 px-4 group-has-[[data-layout=wide]]/page:max-w-[96rem]">
        <Link href="/" className="shrink-0 text-lg font-bold tracking-tight text-brand-ink">
          {t("app.name")}
        </Link>
        <div
          id="site-menu"
          className={`${open ? "flex" : "hidden"} absolute inset-x-0 top-full z-40 flex-col gap-4 border-b border-line-soft bg-surface px-4 py-4 text-sm shadow-lg sm:static sm:flex sm:flex-1 sm:flex-row sm:items-center sm:border-0 sm:p-0 sm:shadow-none`}
        >
          <nav aria-label={t("nav.mainMenu")} className="flex flex-col gap-3 sm:flex-1 sm:flex-row sm:gap-4">
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
          <div className="flex items-center gap-3">
            <LanguageSwitch />
            {principalKind && <SignOutButton />}
          </div>
        </div>
        <div className="ml-auto flex items-center gap-2 text-sm sm:ml-0">
          {!principalKind && (
            <Link href="/login" className={buttonClasses({ size: "sm", shape: "pill" })}>
              {t("nav.signIn")}
            </Link>
          )}
          <button
            ref={buttonRef}
            type="button"
            aria-expanded={open}
            aria-controls="site-menu"
            onClick={toggle}
            className="flex size-10 items-center justify-center rounded-full hover:bg-subtle sm:hidden"
          >
            <span className="sr-only">{t("nav.menu")}</span>
            <svg
              aria-hidden="true"
              viewBox="0 0 24 24"
              className="size-6"
              fill="none"
              stroke="currentColor"
              strokeWidth="2"
              strokeLinecap="round"
            >
              {open ? <path d="M6 6l12 12M18 6L6 18" /> : <path d="M4 7h16M4 12h16M4 17h16" />}
            </svg>
          </button>
        </div>
      </div>
    </header>
  );
}
