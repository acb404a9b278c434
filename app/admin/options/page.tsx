import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { OptionTable } from "@/components/catalogue/option-table";
import { requireStaffWithRole } from "@/server/auth/session";
import { createServerCaller } from "@/server/api/server-caller";
import { getTranslator } from "@/i18n/server";
import { ClientMessages } from "@/i18n/client-messages";
import { buttonClasses } from "@/components/ui/button";
import { localizedName } from "@/i18n/locales";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("catalogue.options.title") };
}

export default async function OptionsAdminPage() {
  await requireStaffWithRole("/admin/options", ["ADMIN"]);
  const caller = await createServerCaller();
  const [options, tariffs, { t, locale }] = await Promise.all([
    caller.catalogue.options(),
    caller.catalogue.tariffs(),
    getTranslator(),
  ]);
  const tariffNames = Object.fromEntries(tariffs.map((x) => [x.id, localizedName(x, locale)]));
  return (
    <ClientMessages namespaces={["catalogue"]}>
      {/* Eight columns: the wide layout shows them all on a desktop instead of cutting the last one. */}
      <section aria-labelledby="options-title" className="space-y-4" data-layout="wide">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <h1 id="options-title" className="text-title">
            {t("catalogue.options.title")}
          </h1>
          <Link href="/admin/options/new" className={buttonClasses()}>
            {t("catalogue.options.newOption")}
          </Link>
        </div>
        <p className="text-sm text-slate-600">{t("catalogue.actions.noDelete")}</p>
        <OptionTable options={options} tariffNames={tariffNames} />
      </section>
    </ClientMessages>
  );
}
