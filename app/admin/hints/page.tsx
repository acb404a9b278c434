import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { HintList } from "@/components/hints/admin/hint-list";
import { CONTENT_STAFF_ROLES } from "@/server/domain/content/content-staff";
import { requireStaffWithRole } from "@/server/auth/session";
import { createServerCaller } from "@/server/api/server-caller";
import { getTranslator } from "@/i18n/server";
import { buttonClasses } from "@/components/ui/button";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("hintEditor.title") };
}

export default async function HintsAdminPage() {
  await requireStaffWithRole("/admin/hints", CONTENT_STAFF_ROLES);
  const [hints, { t }] = await Promise.all([(await createServerCaller()).hints.list(), getTranslator()]);
  return (
    <section aria-labelledby="hints-title" className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 id="hints-title" className="text-title">
          {t("hintEditor.title")}
        </h1>
        <Link href="/admin/hints/new" className={buttonClasses()}>
          {t("hintEditor.newHint")}
        </Link>
      </div>
      <HintList hints={hints} />
    </section>
  );
}
