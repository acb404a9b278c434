"use client";

import { signOut } from "next-auth/react";
import { useTranslations } from "next-intl";
import { buttonClasses } from "@/components/ui/button";

export function SignOutButton() {
  const t = useTranslations();
  return (
    <button
      type="button"
      onClick={() => void signOut({ callbackUrl: "/" })}
      className={buttonClasses({ variant: "secondary", size: "sm" })}
    >
      {t("nav.signOut")}
    </button>
  );
}
