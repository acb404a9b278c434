import type { Metadata } from "next";
import { BackLink } from "@/components/ui/back-link";
import { HintForm } from "@/components/hints/admin/hint-form";
import { CONTENT_STAFF_ROLES } from "@/server/domain/content/content-staff";
import { requireStaffWithRole } from "@/server/auth/session";
import { createServerCaller } from "@/server/api/server-caller";
import { getTranslator } from "@/i18n/server";
import { ClientMessages } from "@/i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("hintEditor.newTitle") };
}

export default async function NewHintPage() {
  await requireStaffWithRole("/admin/hints/new", CONTENT_STAFF_ROLES);
  const [articles, { t }] = await Promise.all([(await createServerCaller()).hints.articleChoices(), getTranslator()]);
  return (
    <ClientMessages namespaces={["hintEditor", "codes"]}>
      <section className="space-y-4">
        <BackLink href="/admin/hints">{t("hintEditor.backToList")}</BackLink>
        <h1 className="text-title">{t("hintEditor.newTitle")}</h1>
        <HintForm hint={null} articles={articles} />
      </section>
    </ClientMessages>
  );
}
