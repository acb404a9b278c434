import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { BackLink } from "@/components/ui/back-link";
import { TariffForm } from "@/components/catalogue/tariff-form";
import { ChangeHistory } from "@/components/catalogue/change-history";
import { requireStaffWithRole } from "@/server/auth/session";
import { createServerCaller } from "@/server/api/server-caller";
import { getTranslator } from "@/i18n/server";
import { ClientMessages } from "@/i18n/client-messages";
import { nextMonthlyChargeDate } from "@/server/domain/billing/billing-calendar";
import { moscowToday } from "@/server/domain/catalogue/schedule-tariff-fee";
import { localizedName } from "@/i18n/locales";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("catalogue.tariffs.title") };
}

export default async function EditTariffPage({ params }: Props) {
  const { id } = await params;
  await requireStaffWithRole(`/admin/tariffs/${encodeURIComponent(id)}`, ["ADMIN"]);
  const caller = await createServerCaller();
  const [tariffs, changes, { t, locale }] = await Promise.all([
    caller.catalogue.tariffs(),
    caller.catalogue.changes({ kind: "tariff", id }),
    getTranslator(),
  ]);
  const tariff = tariffs.find((x) => x.id === id);
  if (!tariff) notFound();
  const name = localizedName(tariff, locale);
  return (
    <ClientMessages namespaces={["catalogue"]}>
      <section className="space-y-4" aria-labelledby="tariff-title">
        <BackLink href="/admin/tariffs">{t("catalogue.tariffs.backToList")}</BackLink>
        <h1 id="tariff-title" className="text-title break-words">
          {t("catalogue.tariffs.editTitle", { name })}
        </h1>
        {/* Keyed by the version so a save by someone else shows up as a fresh form after a reload. */}
        <TariffForm
          key={tariff.version}
          tariff={tariff}
          defaultFeeDay={moscowToday(nextMonthlyChargeDate(new Date()))}
        />
        <ChangeHistory kind="tariff" changes={changes} tariffNames={new Map()} />
      </section>
    </ClientMessages>
  );
}
