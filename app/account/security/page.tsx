import type { Metadata } from "next";
import { ChangePasswordForm } from "@/components/recovery/change-password-form";
import { requireSubscriber } from "@/server/auth/session";
import { getTranslator } from "@/i18n/server";
import { ClientMessages } from "@/i18n/client-messages";
import { cardClasses } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("security.title") };
}

export default async function SecurityPage() {
  await requireSubscriber("/account/security");
  const { t } = await getTranslator();
  return (
    <ClientMessages namespaces={["security", "recovery"]}>
      <div className="space-y-4">
        <h1 className="text-title">{t("security.title")}</h1>
        <section aria-labelledby="change-password-title" className={cn(cardClasses(), "max-w-md")}>
          <h2 id="change-password-title" className="text-heading">
            {t("security.changePasswordTitle")}
          </h2>
          <p className="mb-4 mt-1 text-sm text-muted">{t("security.intro")}</p>
          <ChangePasswordForm />
        </section>
      </div>
    </ClientMessages>
  );
}
