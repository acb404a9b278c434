"use client";

import { useTranslations } from "next-intl";
import { buttonClasses } from "@/components/ui/button";

export function SignOutButton() {
  const t = useTranslations();
  return (
    <button
      type="button"
      // next-auth's client is fetched on the click: every page shows this button, few pages use it.
      onClick={() => void import("next-auth/react").then(({ signOut }) => signOut({ callbackUrl: "/" }))}
      className={buttonClasses({ variant: "secondary", size: "sm" })}
    >
      {t("nav.signOut")}
    </button>
  );
}
