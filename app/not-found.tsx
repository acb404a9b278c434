import { Link } from "@/components/ui/link";
import { getTranslator } from "@/i18n/server";

export default async function NotFound() {
  const { t } = await getTranslator();
  return (
    <section className="mx-auto max-w-md py-10 text-center">
      <h1 className="text-title">{t("errors.notFoundTitle")}</h1>
      <Link href="/" className="mt-4 inline-block text-brand-ink underline">
        {t("errors.backHome")}
      </Link>
    </section>
  );
}
