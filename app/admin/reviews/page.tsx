import type { Metadata } from "next";
import { requireStaffWithRole } from "@/server/auth/session";
import { createServerCaller } from "@/server/api/server-caller";
import { getTranslator } from "@/i18n/server";
import { ClientMessages } from "@/i18n/client-messages";
import { ReviewPlatformsEditor } from "@/components/review-platforms/review-platforms-editor";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("reviewPlatforms.title") };
}

/** Where promoters are invited to leave a public review: name and address, set by administrators. */
export default async function ReviewPlatformsPage() {
  await requireStaffWithRole("/admin/reviews", ["ADMIN"]);
  const { t } = await getTranslator();
  const platforms = await (await createServerCaller()).reviewPlatforms.list();
  return (
    <ClientMessages namespaces={["reviewPlatforms"]}>
      <div className="space-y-4">
        <header>
          <h1 className="text-title">{t("reviewPlatforms.title")}</h1>
          <p className="mt-1 max-w-prose text-sm text-muted">{t("reviewPlatforms.lead")}</p>
        </header>
        <ReviewPlatformsEditor platforms={platforms} />
      </div>
    </ClientMessages>
  );
}
