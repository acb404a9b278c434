import { BackLink } from "@/components/ui/back-link";
import { ClientMessages } from "@/i18n/client-messages";
import { getTranslator } from "@/i18n/server";
import { createServerCaller } from "@/server/api/server-caller";
import type { AdminOption } from "@/server/domain/catalogue/list-catalogue";
import { OptionForm } from "./option-form";
import { ChangeHistory } from "./change-history";
import { localizedName } from "@/i18n/locales";

/** The option form with the tariffs of its matrix and the groups in use, for a new option or one to edit. */
export async function OptionEditorPage({ optionId }: { optionId: string | null }) {
  const caller = await createServerCaller();
  const [options, tariffs, changes, { t, locale }] = await Promise.all([
    caller.catalogue.options(),
    caller.catalogue.tariffs(),
    optionId ? caller.catalogue.changes({ kind: "option", id: optionId }) : null,
    getTranslator(),
  ]);
  const option: AdminOption | null = optionId ? (options.find((o) => o.id === optionId) ?? null) : null;
  if (optionId && !option) return null;
  const groups = [...new Set(options.flatMap((o) => (o.exclusiveGroup ? [o.exclusiveGroup] : [])))].sort();
  const matrixTariffs = tariffs.map((x) => ({
    id: x.id,
    name: localizedName(x, locale),
    isArchived: x.isArchived,
  }));
  const title = option
    ? t("catalogue.options.editTitle", { name: localizedName(option, locale) })
    : t("catalogue.options.newTitle");
  return (
    <ClientMessages namespaces={["catalogue"]}>
      <section className="space-y-4" aria-labelledby="option-title">
        <BackLink href="/admin/options">{t("catalogue.options.backToList")}</BackLink>
        <h1 id="option-title" className="text-title break-words">
          {title}
        </h1>
        <OptionForm key={option?.version ?? "new"} option={option} tariffs={matrixTariffs} groups={groups} />
        {changes && (
          <ChangeHistory
            kind="option"
            changes={changes}
            tariffNames={new Map(matrixTariffs.map((x) => [x.id, x.name]))}
          />
        )}
      </section>
    </ClientMessages>
  );
}
