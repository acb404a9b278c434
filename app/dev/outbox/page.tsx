import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { OutboxList } from "@/components/recovery/outbox-list";
import { createServerCaller } from "@/server/api/server-caller";
import { env } from "@/server/env.mjs";
import { getTranslator } from "@/i18n/server";
import { ClientMessages } from "@/i18n/client-messages";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("recovery.outboxTitle"), robots: { index: false, follow: false } };
}

/** Demo mode only: the person running the demo reads codes and links here. Otherwise 404. */
export default async function DevOutboxPage() {
  if (!env().DEMO_MODE) notFound();
  const { t } = await getTranslator();
  const messages = await (await createServerCaller()).devOutbox.recent();
  return (
    <ClientMessages namespaces={["recovery"]}>
      <div className="space-y-4">
        <h1 className="text-title">{t("recovery.outboxTitle")}</h1>
        <p className="text-sm text-muted">{t("recovery.outboxIntro")}</p>
        <OutboxList messages={messages} />
      </div>
    </ClientMessages>
  );
}
