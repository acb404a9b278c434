import type { Metadata } from "next";
import { ConnectInboxForm } from "@/components/channels/connect-inbox-form";
import { InboxTable } from "@/components/channels/inbox-table";
import { requireStaffWithRole } from "@/server/auth/session";
import { createServerCaller } from "@/server/api/server-caller";
import { getTranslator } from "@/i18n/server";
import { ClientMessages } from "@/i18n/client-messages";
import { noticeClasses } from "@/components/ui/notice";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("channels.title") };
}

/** Messenger inboxes: administrators only (the procedures check it too). */
export default async function ChannelsPage() {
  await requireStaffWithRole("/admin/channels", ["ADMIN"]);
  const { t } = await getTranslator();
  const { inboxes, connectable } = await (await createServerCaller()).channels.list();
  return (
    <ClientMessages namespaces={["channels", "channelFields", "delivery"]}>
      <div className="space-y-6">
        <header className="space-y-1">
          <h1 id="channels-title" className="text-title">
            {t("channels.title")}
          </h1>
          <p className="text-sm text-slate-600">{t("channels.intro")}</p>
        </header>
        <InboxTable inboxes={inboxes} />
        {connectable.length > 0 ? (
          <ConnectInboxForm
            channels={connectable.map((channel) => ({ channel, label: t(`workspace.channel.${channel}`) }))}
          />
        ) : (
          <p className={noticeClasses({ tone: "warning" })}>{t("channels.nothingToConnect")}</p>
        )}
      </div>
    </ClientMessages>
  );
}
