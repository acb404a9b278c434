import type { Metadata } from "next";
import { ChangeHistory } from "@/components/tariffs/change-history";
import { TariffCatalogue } from "@/components/tariffs/tariff-catalogue";
import { BannerSlot } from "@/components/banners/banner-slot";
import { requireSubscriber } from "@/server/auth/session";
import { createServerCaller } from "@/server/api/server-caller";
import { getTranslator } from "@/i18n/server";
import { ClientMessages } from "@/i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("tariffs.title") };
}

export default async function TariffsPage() {
  await requireSubscriber("/account/tariffs");
  const caller = await createServerCaller();
  const [catalogue, history] = await Promise.all([caller.tariffs.catalogue(), caller.tariffs.history({ page: 1 })]);
  return (
    <ClientMessages namespaces={["tariffs", "hints"]}>
      <div className="space-y-6">
        <BannerSlot placement="TARIFFS_PAGE" />
        <TariffCatalogue catalogue={catalogue} />
        <ChangeHistory history={history} />
      </div>
    </ClientMessages>
  );
}
