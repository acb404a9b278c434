import type { Metadata } from "next";
import { CannedManager } from "@/components/canned/canned-manager";
import { CANNED_EDITOR_ROLES } from "@/server/domain/canned/canned-editors";
import { requireStaffWithRole } from "@/server/auth/session";
import { createServerCaller } from "@/server/api/server-caller";
import { getTranslator } from "@/i18n/server";
import { ClientMessages } from "@/i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("canned.title") };
}

export default async function CannedRepliesPage() {
  await requireStaffWithRole("/admin/canned", CANNED_EDITOR_ROLES);
  const [{ replies, canEditShared }, { t, locale }] = await Promise.all([
    (await createServerCaller()).canned.list(),
    getTranslator(),
  ]);
  const placeholders = locale === "en" ? "{name}, {tariff}, {balance}" : "{имя}, {тариф}, {баланс}";
  return (
    <ClientMessages namespaces={["canned"]}>
      <section aria-labelledby="canned-title" className="space-y-4">
        <h1 id="canned-title" className="text-title">
          {t("canned.title")}
        </h1>
        <p className="text-sm text-muted">{t("canned.intro", { placeholders })}</p>
        <CannedManager replies={replies} canEditShared={canEditShared} />
      </section>
    </ClientMessages>
  );
}
