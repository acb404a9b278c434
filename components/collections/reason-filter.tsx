import { Link } from "@/components/ui/link";
import type { CollectionReason } from "@/server/generated/prisma/enums";
import { getTranslator } from "@/i18n/server";
import { tabClasses } from "@/components/ui/tabs";

export const collectionReasons = [
  "NEGATIVE_BEFORE_CHARGE",
  "BLOCK_SOON",
] as const satisfies readonly CollectionReason[];

const href = (reason?: CollectionReason) => (reason ? `/admin/collections?reason=${reason}` : "/admin/collections");

/** The reason as links, so a filtered list has its own address. */
export async function ReasonFilter({ current }: { current?: CollectionReason }) {
  const { t } = await getTranslator();
  const choices = [undefined, ...collectionReasons];
  return (
    <nav aria-label={t("collections.reasonFilter")} className="flex flex-wrap items-center gap-2">
      <span className="text-sm text-muted">{t("collections.reasonFilter")}:</span>
      {choices.map((reason) => (
        <Link
          key={reason ?? "all"}
          href={href(reason)}
          aria-current={current === reason ? "page" : undefined}
          className={tabClasses({ current: current === reason })}
        >
          {reason ? t(`collections.reason.${reason}`) : t("collections.anyReason")}
        </Link>
      ))}
    </nav>
  );
}
