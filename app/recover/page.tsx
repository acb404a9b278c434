import type { Metadata } from "next";
import { RecoverFlow } from "@/components/recovery/recover-flow";
import { env } from "@/server/env.mjs";
import { getTranslator } from "@/i18n/server";
import { ClientMessages } from "@/i18n/client-messages";

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
      <section className="mx-auto max-w-sm rounded-xl bg-white p-6 shadow-sm ring-1 ring-slate-200">
        <h1 className="mb-2 text-2xl font-semibold">{t("recovery.title")}</h1>
        <p className="mb-4 text-sm text-slate-600">{t("recovery.intro")}</p>
        <RecoverFlow demoMode={env().DEMO_MODE} />
      </section>
    </ClientMessages>
  );
}
