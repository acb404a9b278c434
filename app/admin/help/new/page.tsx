import type { Metadata } from "next";
import { ArticleEditor } from "@/components/help-admin/article-editor";
import { CONTENT_STAFF_ROLES } from "@/server/domain/content/content-staff";
import { requireStaffWithRole } from "@/server/auth/session";
import { getTranslator } from "@/i18n/server";
import { ClientMessages } from "@/i18n/client-messages";
import { BackLink } from "@/components/ui/back-link";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("helpAdmin.newArticle") };
}

export default async function NewHelpArticlePage() {
  await requireStaffWithRole("/admin/help/new", CONTENT_STAFF_ROLES);
  const { t } = await getTranslator();
  return (
    <ClientMessages namespaces={["helpAdmin", "help", "errors"]}>
      <div className="space-y-4">
        <BackLink href="/admin/help">{t("helpAdmin.backToList")}</BackLink>
        <h1 className="text-title">{t("helpAdmin.newArticle")}</h1>
        <ArticleEditor articleId={null} initial={null} version={1} />
      </div>
    </ClientMessages>
  );
}
