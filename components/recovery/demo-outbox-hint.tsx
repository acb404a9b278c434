"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { linkClass } from "./form-styles";

/** In demo mode nothing is really sent: tell the person where to read the message. */
export function DemoOutboxHint() {
  const t = useTranslations();
  return (
    <p className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900">
      {t("recovery.demoOutboxHint")}{" "}
      <Link href="/dev/outbox" target="_blank" className={linkClass}>
        {t("recovery.demoOutboxLink")}
      </Link>
    </p>
  );
}
