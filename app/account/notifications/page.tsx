import type { Metadata } from "next";
import { NoticeList } from "@/components/notices/notice-list";
import { NoticeSettingsForm } from "@/components/notices/notice-settings-form";
import { requireSubscriber } from "@/server/auth/session";
import { createServerCaller } from "@/server/api/server-caller";
import { getTranslator } from "@/i18n/server";
import { ClientMessages } from "@/i18n/client-messages";
import { cardClasses } from "@/components/ui/card";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("notices.title") };
}

/** The notification centre: the latest notices with unread marks, and which ones to send by which channel. */
export default async function NotificationsPage() {
  await requireSubscriber("/account/notifications");
  const { t } = await getTranslator();
  const caller = await createServerCaller();
  const [listed, settings] = await Promise.all([caller.notices.list(), caller.notices.settings()]);
  return (
    <ClientMessages namespaces={["notices"]}>
      <div className="space-y-6">
        <h1 className="text-title">{t("notices.title")}</h1>
        <section aria-labelledby="notices-title" className={cardClasses()}>
          <h2 id="notices-title" className="text-heading">
            {t("notices.listTitle")}
          </h2>
          <NoticeList listed={listed} />
        </section>
        <section aria-labelledby="notice-settings-title" className={cardClasses()}>
          <h2 id="notice-settings-title" className="text-heading">
            {t("notices.settingsTitle")}
          </h2>
          <p className="text-sm text-muted">{t("notices.settingsLead")}</p>
          <NoticeSettingsForm initial={settings} />
        </section>
      </div>
    </ClientMessages>
  );
}
