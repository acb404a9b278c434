import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { TRPCError } from "@trpc/server";
import { BackLink } from "@/components/ui/back-link";
import { HintForm } from "@/components/hints/admin/hint-form";
import { HintArchiveButton } from "@/components/hints/admin/hint-archive-button";
import { CONTENT_STAFF_ROLES } from "@/server/domain/content/content-staff";
import { requireStaffWithRole } from "@/server/auth/session";
import { createServerCaller } from "@/server/api/server-caller";
import { getTranslator } from "@/i18n/server";
import { ClientMessages } from "@/i18n/client-messages";
import { noticeClasses } from "@/components/ui/notice";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("hintEditor.editTitle") };
}

export default async function EditHintPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await requireStaffWithRole(`/admin/hints/${encodeURIComponent(id)}`, CONTENT_STAFF_ROLES);
  const caller = await createServerCaller();
  const [hint, articles, { t }] = await Promise.all([
    caller.hints.get({ hintId: id }).catch((error: unknown) => {
      if (error instanceof TRPCError && (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST")) notFound();
      throw error;
    }),
    caller.hints.articleChoices(),
    getTranslator(),
  ]);
  return (
    <ClientMessages namespaces={["hintEditor", "codes"]}>
      <section className="space-y-4" aria-labelledby="hint-title">
        <BackLink href="/admin/hints">{t("hintEditor.backToList")}</BackLink>
        <div className="flex flex-wrap items-center justify-between gap-3">
          <h1 id="hint-title" className="text-title">
            {t("hintEditor.editTitle")}
          </h1>
          <HintArchiveButton hintId={hint.id} archived={hint.archived} version={hint.version} />
        </div>
        {hint.archived && <p className={noticeClasses({ tone: "warning" })}>{t("hintEditor.archivedNotice")}</p>}
        {/* Keyed by the version so a refresh after saving starts from the stored values and the new version. */}
        <HintForm key={hint.version} hint={hint} articles={articles} />
      </section>
    </ClientMessages>
  );
}
