import type { Metadata } from "next";
import { RecoverFlow } from "@/components/recovery/recover-flow";
import { env } from "@/server/env.mjs";
import { getTranslator } from "@/i18n/server";
import { ClientMessages } from "@/i18n/client-messages";
import { cardClasses } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";

// Demo mode is read when the page is served, not when it is built.
export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("recovery.title") };
}

/** Reachable signed out: recovery by SMS code or e-mail link. */
export default async function RecoverPage() {
  const { t } = await getTranslator();
  return (
    <ClientMessages namespaces={["recovery"]}>
      <section className={cn(cardClasses({ padding: "none" }), "mx-auto max-w-sm p-6")}>
        <h1 className="mb-2 text-title">{t("recovery.title")}</h1>
        <p className="mb-4 text-sm text-muted">{t("recovery.intro")}</p>
        <RecoverFlow demoMode={env().DEMO_MODE} />
      </section>
    </ClientMessages>
  );
}
