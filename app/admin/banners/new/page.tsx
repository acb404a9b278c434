import { BackLink } from "@/components/ui/back-link";
import type { Metadata } from "next";
import { BannerForm } from "@/components/banners/admin/banner-form";
import { BannerPlacement } from "@/server/generated/prisma/enums";
import { BANNER_EDITOR_ROLES } from "@/server/domain/banners/banner-editor";
import { requireStaffWithRole } from "@/server/auth/session";
import { createServerCaller } from "@/server/api/server-caller";
import { getTranslator } from "@/i18n/server";
import { ClientMessages } from "@/i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("banners.newTitle") };
}

export default async function NewBannerPage() {
  await requireStaffWithRole("/admin/banners/new", BANNER_EDITOR_ROLES);
  const [choices, { t }] = await Promise.all([(await createServerCaller()).banners.choices(), getTranslator()]);
  return (
    <ClientMessages namespaces={["banners"]}>
      <section className="space-y-4">
        <BackLink href="/admin/banners">{t("banners.backToList")}</BackLink>
        <h1 className="text-title">{t("banners.newTitle")}</h1>
        <BannerForm banner={null} choices={choices} placements={Object.values(BannerPlacement)} />
      </section>
    </ClientMessages>
  );
}
