"use client";

import { Link } from "@/components/ui/link";
import { useEffect, useRef } from "react";
import { useTranslations } from "next-intl";
import { primaryButtonClass } from "./form-styles";

/** The end of recovery: the password is set, every session ended, sign in again. */
export function RecoveryDone() {
  const t = useTranslations();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <div className="space-y-4" role="status">
      <h2 ref={heading} tabIndex={-1} className="text-heading text-success">
        {t("recovery.doneTitle")}
      </h2>
      <p className="text-sm text-muted">{t("recovery.doneText")}</p>
      <Link href="/login" className={`${primaryButtonClass} block text-center`}>
        {t("recovery.goToLogin")}
      </Link>
    </div>
  );
}
