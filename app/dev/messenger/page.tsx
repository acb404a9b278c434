import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { MessengerSimulator } from "@/components/dev-messenger/messenger-simulator";
import { simulatorEnabled } from "@/server/channels/telegram/messenger-simulator";
import { getTranslator } from "@/i18n/server";
import { ClientMessages } from "@/i18n/client-messages";
import { TrpcReactProvider } from "@/components/trpc/client";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("devMessenger.title"), robots: { index: false, follow: false } };
}

/** Demo mode only, with the fake Bot API `npm start` runs: write to the demo bot as from Telegram. Otherwise 404. */
export default async function DevMessengerPage() {
  if (!simulatorEnabled()) notFound();
  const { t } = await getTranslator();
  return (
    <ClientMessages namespaces={["devMessenger"]}>
      <div className="space-y-4">
        <header className="space-y-1">
          <h1 className="text-title">{t("devMessenger.title")}</h1>
          <p className="text-sm text-slate-600">{t("devMessenger.intro")}</p>
        </header>
        <TrpcReactProvider>
          <MessengerSimulator />
        </TrpcReactProvider>
      </div>
    </ClientMessages>
  );
}
