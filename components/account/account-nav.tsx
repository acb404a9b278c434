"use client";

import { Link } from "@/components/ui/link";
import { usePathname } from "next/navigation";
import { useEffect, useRef } from "react";
import { useTranslations } from "next-intl";
import type { MessageKey } from "@/i18n/translator";
import { tabClasses } from "@/components/ui/tabs";

const sections: Array<{ href: string; label: MessageKey }> = [
  { href: "/account", label: "accountNav.overview" },
  { href: "/account/payments", label: "accountNav.payments" },
  { href: "/account/tariffs", label: "accountNav.tariffs" },
  { href: "/account/options", label: "accountNav.options" },
  { href: "/account/notifications", label: "accountNav.notifications" },
  { href: "/account/security", label: "accountNav.security" },
];

/**
 * The account's sections as tabs, the notifications one with its unread count. On a phone they do not all fit: the row scrolls sideways, fades at the
 * edge where more tabs wait (globals.css `.scroll-cue`), and starts scrolled to the current tab.
 */
export function AccountNav({ unread }: { unread: number }) {
  const t = useTranslations();
  const pathname = usePathname();
  const row = useRef<HTMLUListElement>(null);
  useEffect(() => {
    const current = row.current?.querySelector<HTMLElement>("[aria-current=page]");
    if (row.current && current)
      row.current.scrollLeft = current.offsetLeft - (row.current.clientWidth - current.offsetWidth) / 2;
  }, [pathname]);
  return (
    <nav aria-label={t("accountNav.label")} className="-mx-4 mb-4 sm:mb-6">
      <ul ref={row} className="scroll-cue relative flex gap-2 overflow-x-auto whitespace-nowrap px-4 py-1 text-sm">
        {sections.map((s) => {
          const current = pathname === s.href;
          return (
            <li key={s.href}>
              <Link href={s.href} aria-current={current ? "page" : undefined} className={tabClasses({ current })}>
                {t(s.label)}
                {s.href === "/account/notifications" && unread > 0 && (
                  <span className="ml-1.5 rounded-full bg-danger px-1.5 text-xs font-semibold text-white">
                    <span aria-hidden="true">{unread}</span>
                    <span className="sr-only">{t("accountNav.unread", { count: unread })}</span>
                  </span>
                )}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
