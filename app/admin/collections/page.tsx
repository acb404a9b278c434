import type { Metadata } from "next";
import { AtRiskTable } from "@/components/collections/at-risk-table";
import { collectionReasons, ReasonFilter } from "@/components/collections/reason-filter";
import { RecoveryReport } from "@/components/collections/recovery-report";
import { requireStaffWithRole } from "@/server/auth/session";
import { createServerCaller } from "@/server/api/server-caller";
import { getTranslator } from "@/i18n/server";
import { ClientMessages } from "@/i18n/client-messages";
import { env } from "@/server/env.mjs";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("collections.title") };
}

/** Accounts about to go below zero or be blocked, reminders by SMS, and what the reminders brought back. */
export const dynamic = "force-dynamic";

export default async function CollectionsPage({ searchParams }: { searchParams: Promise<{ reason?: string }> }) {
  await requireStaffWithRole("/admin/collections", ["SUPERVISOR", "ADMIN"]);
  const { t } = await getTranslator();
  const asked = (await searchParams).reason;
  const reason = collectionReasons.find((r) => r === asked);
  const caller = await createServerCaller();
  const [list, report] = await Promise.all([caller.collections.list({ reason }), caller.collections.report()]);
  const limits = {
    perRequest: env().COLLECTIONS_REMINDERS_PER_REQUEST,
    hours: env().COLLECTIONS_REMINDER_INTERVAL_HOURS,
  };
  return (
    <ClientMessages namespaces={["collections"]}>
      <div className="space-y-4">
        <header>
          <h1 className="text-title">{t("collections.title")}</h1>
          <p className="mt-1 text-sm text-muted">{t("collections.lead")}</p>
        </header>
        <ReasonFilter current={reason} />
        <p className="text-sm text-muted" data-testid="at-risk-count">
          {t("collections.count", { count: list.total })}
          {list.accounts.length < list.total && ` · ${t("collections.shownFirst", { shown: list.accounts.length })}`}
        </p>
        {list.accounts.length === 0 ? (
          <p className="text-muted">{t("collections.empty")}</p>
        ) : (
          <AtRiskTable accounts={list.accounts} limits={limits} />
        )}
        <RecoveryReport days={report.days} reminders={report.reminders} />
      </div>
    </ClientMessages>
  );
}
