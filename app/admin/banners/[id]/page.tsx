import { BackLink } from "@/components/ui/back-link";
import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { notFound } from "next/navigation";
import { TRPCError } from "@trpc/server";
import { BannerForm } from "@/components/banners/admin/banner-form";
import { BannerPlacement } from "@/server/generated/prisma/enums";
import { BannerStatusActions } from "@/components/banners/admin/banner-status-actions";
import { BANNER_EDITOR_ROLES } from "@/server/domain/banners/banner-editor";
import { requireStaffWithRole } from "@/server/auth/session";
import { createServerCaller } from "@/server/api/server-caller";
import { getTranslator } from "@/i18n/server";
import { ClientMessages } from "@/i18n/client-messages";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("banners.title") };
}

export default async function EditBannerPage({ params }: Props) {
  const { id } = await params;
  await requireStaffWithRole(`/admin/banners/${encodeURIComponent(id)}`, BANNER_EDITOR_ROLES);
  const caller = await createServerCaller();
  const [banner, choices, { t }] = await Promise.all([
    caller.banners.get({ bannerId: id }).catch((error: unknown) => {
      if (error instanceof TRPCError && (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST")) notFound();
      throw error;
    }),
    caller.banners.choices(),
    getTranslator(),
  ]);
  return (
    <ClientMessages namespaces={["banners"]}>
      <section className="space-y-4" aria-labelledby="banner-title">
        <BackLink href="/admin/banners">{t("banners.backToList")}</BackLink>
        <header className="space-y-1">
          <h1 id="banner-title" className="text-title break-words">
            {t("banners.editTitle", { title: banner.title })}
          </h1>
          <p className="text-sm text-muted">
            <span data-testid="banner-status">{t(`banners.status.${banner.status}`)}</span> ·{" "}
            {t(`banners.live.${banner.liveState}`)}
            {banner.createdByName && <> · {t("banners.createdBy", { name: banner.createdByName })}</>}
            {" · "}
            <Link
              href={`/admin/banners/funnel?banner=${encodeURIComponent(banner.id)}`}
              className="text-brand-ink underline"
            >
              {t("banners.table.funnel")}
            </Link>
          </p>
        </header>
        {/* Kept when no action is left (archived), so the confirmation of the last one stays on screen. */}
        <BannerStatusActions bannerId={banner.id} actions={banner.actions} />
        {/* Keyed by the last change so a refresh after saving or a status change starts from the stored values. */}
        <BannerForm
          key={banner.updatedAt.toISOString()}
          banner={banner}
          choices={choices}
          placements={Object.values(BannerPlacement)}
        />
      </section>
    </ClientMessages>
  );
}
