import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { LoginForm } from "@/components/auth/login-form";
import { getPrincipal } from "@/server/auth/session";
import { getTranslator } from "@/i18n/server";
import { homePathFor, safeReturnPath } from "@/server/auth/home-path";
import { ClientMessages } from "@/i18n/client-messages";
import { cardClasses } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("login.title") };
}

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string }> }) {
  const { callbackUrl } = await searchParams;
  const principal = await getPrincipal();
  if (principal) redirect(safeReturnPath(callbackUrl) ?? homePathFor(principal));
  const { t } = await getTranslator();
  return (
    <ClientMessages namespaces={["login"]}>
      <section className={cn(cardClasses({ padding: "none" }), "mx-auto max-w-sm p-6")}>
        <h1 className="mb-2 text-title">{t("login.title")}</h1>
        <p className="text-sm text-muted">{t("login.subscriberHint")}</p>
        <p className="mb-4 text-sm text-muted">{t("login.staffHint")}</p>
        <LoginForm returnTo={safeReturnPath(callbackUrl) ?? "/login"} />
      </section>
    </ClientMessages>
  );
}
