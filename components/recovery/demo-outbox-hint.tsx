"use client";

import { Link } from "@/components/ui/link";
import { useTranslations } from "next-intl";
import { linkClass } from "./form-styles";
import { noticeClasses } from "@/components/ui/notice";
import { cn } from "@/components/ui/cn";

/** In demo mode nothing is really sent: tell the person where to read the message. */
export function DemoOutboxHint() {
  const t = useTranslations();
  return (
    <p className={cn(noticeClasses({ tone: "warning" }), "border border-warning/40 px-3 py-2 text-sm")}>
      {t("recovery.demoOutboxHint")}{" "}
      <Link href="/dev/outbox" target="_blank" className={linkClass}>
        {t("recovery.demoOutboxLink")}
      </Link>
    </p>
  );
}
