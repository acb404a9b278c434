"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useTranslations } from "next-intl";
import type { MessageKey } from "@/i18n/translator";

const sections: Array<{ href: string; label: MessageKey }> = [
  { href: "/account", label: "accountNav.overview" },
  { href: "/account/payments", label: "accountNav.payments" },
  { href: "/account/tariffs", label: "accountNav.tariffs" },
  { href: "/account/options", label: "accountNav.options" },
  { href: "/account/security", label: "accountNav.security" },
];

export function AccountNav() {
  const t = useTranslations();
  const pathname = usePathname();
  return (
    <nav aria-label={t("accountNav.label")} className="-mx-4 mb-6 overflow-x-auto px-4">
      <ul className="flex gap-2 whitespace-nowrap text-sm">
        {sections.map((s) => {
          const current = pathname === s.href;
          return (
            <li key={s.href}>
              <Link
                href={s.href}
                aria-current={current ? "page" : undefined}
                className={`inline-block rounded-full px-3 py-1.5 ring-1 ${current ? "bg-brand-600 text-white ring-brand-600" : "bg-white ring-slate-300 hover:bg-slate-100"}`}
              >
                {t(s.label)}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
