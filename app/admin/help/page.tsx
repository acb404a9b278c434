import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { ArticleFilter, readArticleFilter } from "@/components/help-admin/article-filter";
import { ArticleTable } from "@/components/help-admin/article-table";
import { CONTENT_STAFF_ROLES } from "@/server/domain/content/content-staff";
import { requireStaffWithRole } from "@/server/auth/session";
import { createServerCaller } from "@/server/api/server-caller";
import { getTranslator } from "@/i18n/server";
import { ClientMessages } from "@/i18n/client-messages";
import { buttonClasses } from "@/components/ui/button";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("helpAdmin.title") };
}

export default async function HelpArticlesPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requireStaffWithRole("/admin/help", CONTENT_STAFF_ROLES);
  const filter = readArticleFilter(await searchParams);
  const [result, { t }] = await Promise.all([(await createServerCaller()).helpAdmin.list(filter), getTranslator()]);
  return (
    <ClientMessages namespaces={["helpAdmin", "help"]}>
      <section aria-labelledby="help-admin-title" className="space-y-4">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <h1 id="help-admin-title" className="text-title">
            {t("helpAdmin.title")}
          </h1>
          <Link href="/admin/help/new" className={buttonClasses()}>
            {t("helpAdmin.newArticle")}
          </Link>
        </div>
        <ArticleFilter filter={filter} />
        <ArticleTable result={result} filter={filter} />
      </section>
    </ClientMessages>
  );
}
