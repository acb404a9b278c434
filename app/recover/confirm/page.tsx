import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { ConfirmByLinkForm } from "@/components/recovery/confirm-by-link-form";
import { getTranslator } from "@/i18n/server";
import { ClientMessages } from "@/i18n/client-messages";
import { cardClasses } from "@/components/ui/card";
import { noticeClasses } from "@/components/ui/notice";
import { cn } from "@/components/ui/cn";

export async function generateMetadata(): Promise<Metadata> {
  // The token is in the address: keep it out of the Referer of any outgoing link.
  const { t } = await getTranslator();
  return { title: t("recovery.linkTitle"), referrer: "no-referrer" };
}

/** The e-mail link lands here; the token is checked only when the new password is sent. */
export default async function ConfirmByLinkPage({
  searchParams,
}: {
  searchParams: Promise<{ token?: string | string[] }>;
}) {
  const { token } = await searchParams;
  const { t } = await getTranslator();
  const value = typeof token === "string" ? token.trim() : "";
  return (
    <ClientMessages namespaces={["recovery"]}>
      <section className={cn(cardClasses({ padding: "none" }), "mx-auto max-w-sm p-6")}>
        <h1 className="mb-2 text-title">{t("recovery.linkTitle")}</h1>
        {value ? (
          <>
            <p className="mb-4 text-sm text-muted">{t("recovery.linkIntro")}</p>
            <ConfirmByLinkForm token={value} />
          </>
        ) : (
          <div className="space-y-3">
            <p role="alert" className={cn(noticeClasses({ tone: "danger" }), "px-3 py-2 text-sm")}>
              {t("recovery.linkMissing")}
            </p>
            <Link href="/recover" className="text-brand-ink underline underline-offset-2">
              {t("recovery.requestAgain")}
            </Link>
          </div>
        )}
      </section>
    </ClientMessages>
  );
}
