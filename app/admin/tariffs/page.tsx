import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { TariffTable } from "@/components/catalogue/tariff-table";
import { requireStaffWithRole } from "@/server/auth/session";
import { createServerCaller } from "@/server/api/server-caller";
import { getTranslator } from "@/i18n/server";
import { ClientMessages } from "@/i18n/client-messages";
import { buttonClasses } from "@/components/ui/button";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("catalogue.tariffs.title") };
}

export default async function TariffsAdminPage() {
  await requireStaffWithRole("/admin/tariffs", ["ADMIN"]);
  const [tariffs, { t }] = await Promise.all([(await createServerCaller()).catalogue.tariffs(), getTranslator()]);
  return (
    <ClientMessages namespaces={["catalogue"]}>
      <section aria-labelledby="tariffs-title" className="space-y-4" data-layout="wide">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <h1 id="tariffs-title" className="text-title">
            {t("catalogue.tariffs.title")}
          </h1>
          <Link href="/admin/tariffs/new" className={buttonClasses()}>
            {t("catalogue.tariffs.newTariff")}
          </Link>
        </div>
        <p className="text-sm text-slate-600">{t("catalogue.actions.noDelete")}</p>
        <TariffTable tariffs={tariffs} />
      </section>
    </ClientMessages>
  );
}
