import { Link } from "@/components/ui/link";
import { getTranslator } from "@/i18n/server";

export default async function Forbidden() {
  const { t } = await getTranslator();
  return (
    <section className="mx-auto max-w-md py-10 text-center">
      <h1 className="text-title">{t("errors.forbiddenTitle")}</h1>
      <p className="mt-2 text-muted">{t("errors.forbiddenText")}</p>
      <Link href="/" className="mt-4 inline-block text-brand-ink underline">
        {t("errors.backHome")}
      </Link>
    </section>
  );
}
