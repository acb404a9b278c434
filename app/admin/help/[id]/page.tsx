import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { TRPCError } from "@trpc/server";
import { ArticleEditor } from "@/components/help-admin/article-editor";
import { VersionHistory } from "@/components/help-admin/version-history";
import { CONTENT_STAFF_ROLES } from "@/server/domain/content/content-staff";
import { isHelpCategory } from "@/server/domain/help/categories";
import { requireStaffWithRole } from "@/server/auth/session";
import { createServerCaller } from "@/server/api/server-caller";
import { getTranslator } from "@/i18n/server";
import { ClientMessages } from "@/i18n/client-messages";
import { BackLink } from "@/components/ui/back-link";

interface Props {
  params: Promise<{ id: string }>;
}

const loadArticle = cache(async (id: string) => {
  await requireStaffWithRole(`/admin/help/${id}`, CONTENT_STAFF_ROLES);
  try {
    return await (await createServerCaller()).helpAdmin.get({ articleId: id });
  } catch (error) {
    if (error instanceof TRPCError && (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST")) notFound();
    throw error;
  }
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [{ t }, article] = await Promise.all([getTranslator(), loadArticle((await params).id)]);
  return { title: t("helpAdmin.editTitle", { title: article.title }) };
}

export default async function EditHelpArticlePage({ params }: Props) {
  const article = await loadArticle((await params).id);
  const { t } = await getTranslator();
  const initial = {
    slug: article.slug,
    category: isHelpCategory(article.category) ? article.category : ("" as const),
    title: article.title,
    titleEn: article.titleEn,
    body: article.body,
    bodyEn: article.bodyEn,
    isPublished: article.isPublished,
  };
  return (
    <ClientMessages namespaces={["helpAdmin", "help", "errors"]}>
      <div className="space-y-4">
        <BackLink href="/admin/help">{t("helpAdmin.backToList")}</BackLink>
        <div className="flex flex-wrap items-baseline justify-between gap-3">
          <h1 className="text-title break-words">{t("helpAdmin.editTitle", { title: article.title })}</h1>
          {article.isPublished && (
            <Link href={`/help/${article.slug}`} className="text-sm text-brand-700 hover:underline">
              {t("helpAdmin.open")}
            </Link>
          )}
        </div>
        {article.oldSlugs.length > 0 && (
          <p className="text-sm break-all text-slate-600">
            {t("helpAdmin.oldSlugs", { slugs: article.oldSlugs.map((s) => `/help/${s}`).join(", ") })}
          </p>
        )}
        <ArticleEditor articleId={article.id} initial={initial} version={article.version} />
        <VersionHistory articleId={article.id} current={article.version} versions={article.versions} />
      </div>
    </ClientMessages>
  );
}
