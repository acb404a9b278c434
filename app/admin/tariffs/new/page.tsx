import type { Metadata } from "next";
import { BackLink } from "@/components/ui/back-link";
import { TariffForm } from "@/components/catalogue/tariff-form";
import { requireStaffWithRole } from "@/server/auth/session";
import { getTranslator } from "@/i18n/server";
import { ClientMessages } from "@/i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("catalogue.tariffs.newTitle") };
}

export default async function NewTariffPage() {
  await requireStaffWithRole("/admin/tariffs/new", ["ADMIN"]);
  const { t } = await getTranslator();
  return (
    <ClientMessages namespaces={["catalogue"]}>
      <section className="space-y-4" aria-labelledby="tariff-title">
        <BackLink href="/admin/tariffs">{t("catalogue.tariffs.backToList")}</BackLink>
        <h1 id="tariff-title" className="text-title">
          {t("catalogue.tariffs.newTitle")}
        </h1>
        <TariffForm tariff={null} defaultFeeDay="" />
      </section>
    </ClientMessages>
  );
}
