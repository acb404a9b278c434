import { Link } from "@/components/ui/link";
import { followUpReasons, followUpStatuses } from "@/server/domain/follow-ups/follow-up-filters";
import { getTranslator } from "@/i18n/server";
import { followUpsHref, type FollowUpParams } from "./follow-up-params";
import { tabClasses } from "@/components/ui/tabs";

function Tab({ href, current, children }: { href: string; current: boolean; children: string }) {
  return (
    <Link href={href} aria-current={current ? "page" : undefined} className={tabClasses({ current })}>
      {children}
    </Link>
  );
}

/** State and reason as links: each choice starts again from page 1. */
export async function FollowUpFilters({ params }: { params: FollowUpParams }) {
  const { t } = await getTranslator();
  return (
    <div className="space-y-2">
      <nav aria-label={t("followUps.statusFilter")} className="flex flex-wrap items-center gap-2">
        <span className="text-sm text-muted">{t("followUps.statusFilter")}:</span>
        {followUpStatuses.map((status) => (
          <Tab key={status} href={followUpsHref({ ...params, status, page: 1 })} current={params.status === status}>
            {t(`followUps.status.${status}`)}
          </Tab>
        ))}
      </nav>
      <nav aria-label={t("followUps.reasonFilter")} className="flex flex-wrap items-center gap-2">
        <span className="text-sm text-muted">{t("followUps.reasonFilter")}:</span>
        <Tab href={followUpsHref({ ...params, reason: undefined, page: 1 })} current={!params.reason}>
          {t("followUps.anyReason")}
        </Tab>
        {followUpReasons.map((reason) => (
          <Tab key={reason} href={followUpsHref({ ...params, reason, page: 1 })} current={params.reason === reason}>
            {t(`followUps.reason.${reason}`)}
          </Tab>
        ))}
      </nav>
    </div>
  );
}
