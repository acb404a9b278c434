import type { Metadata } from "next";
import Link from "next/link";
import { ConfirmByLinkForm } from "@/components/recovery/confirm-by-link-form";
import { getTranslator } from "@/i18n/server";
import { ClientMessages } from "@/i18n/client-messages";

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
      <section className="mx-auto max-w-sm rounded-xl bg-white p-6 shadow-sm ring-1 ring-slate-200">
        <h1 className="mb-2 text-2xl font-semibold">{t("recovery.linkTitle")}</h1>
        {value ? (
          <>
            <p className="mb-4 text-sm text-slate-600">{t("recovery.linkIntro")}</p>
            <ConfirmByLinkForm token={value} />
          </>
        ) : (
          <div className="space-y-3">
            <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-800">
              {t("recovery.linkMissing")}
            </p>
            <Link href="/recover" className="text-brand-700 underline underline-offset-2">
              {t("recovery.requestAgain")}
            </Link>
          </div>
        )}
      </section>
    </ClientMessages>
  );
}
