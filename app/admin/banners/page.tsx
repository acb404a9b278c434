import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { BannerFilter, readBannerFilter } from "@/components/banners/admin/banner-filter";
import { BannerTable } from "@/components/banners/admin/banner-table";
import { BANNER_EDITOR_ROLES } from "@/server/domain/banners/banner-editor";
import { requireStaffWithRole } from "@/server/auth/session";
import { createServerCaller } from "@/server/api/server-caller";
import { getTranslator } from "@/i18n/server";
import { ClientMessages } from "@/i18n/client-messages";
import { buttonClasses } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("banners.title") };
}

export default async function BannersPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requireStaffWithRole("/admin/banners", BANNER_EDITOR_ROLES);
  const filter = readBannerFilter(await searchParams);
  const [banners, { t }] = await Promise.all([(await createServerCaller()).banners.list(filter), getTranslator()]);
  return (
    <ClientMessages namespaces={["banners"]}>
      <section aria-labelledby="banners-title" className="space-y-4">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <h1 id="banners-title" className="text-title">
            {t("banners.title")}
          </h1>
          <div className="flex flex-wrap gap-3 text-sm">
            <Link
              href="/admin/banners/funnel"
              className={cn(buttonClasses({ variant: "secondary" }), "text-brand-ink")}
            >
              {t("banners.table.funnel")}
            </Link>
            <Link href="/admin/banners/new" className={buttonClasses()}>
              {t("banners.newBanner")}
            </Link>
          </div>
        </div>
        <BannerFilter filter={filter} />
        <BannerTable banners={banners} />
      </section>
    </ClientMessages>
  );
}
