import type { Metadata } from "next";
import { FollowUpFilters } from "@/components/follow-ups/follow-up-filters";
import { FollowUpList } from "@/components/follow-ups/follow-up-list";
import { readFollowUpParams, type SearchParams } from "@/components/follow-ups/follow-up-params";
import { requireStaffWithRole } from "@/server/auth/session";
import { createServerCaller } from "@/server/api/server-caller";
import { getTranslator } from "@/i18n/server";
import { ClientMessages } from "@/i18n/client-messages";
import { env } from "@/server/env.mjs";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("followUps.title") };
}

/** Low ratings and missed dialogs for supervisors: filter, read the context, resolve with a comment. */
export const dynamic = "force-dynamic";

export default async function FollowUpsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requireStaffWithRole("/admin/follow-ups", ["SUPERVISOR", "ADMIN"]);
  const { t } = await getTranslator();
  const params = readFollowUpParams(await searchParams);
  const list = await (await createServerCaller()).followUps.list(params);
  // The domain moves a page past the end to the last page; links follow what is shown.
  const shown = { ...params, page: list.page };
  return (
    <ClientMessages namespaces={["followUps"]}>
      <div className="space-y-4">
        <header>
          <h1 className="text-title">{t("followUps.title")}</h1>
          <p className="mt-1 text-sm text-muted">{t("followUps.lead")}</p>
        </header>
        <FollowUpFilters params={shown} />
        <FollowUpList list={list} params={shown} compensationLimit={env().FOLLOW_UP_COMPENSATION_LIMIT_RUB} />
      </div>
    </ClientMessages>
  );
}
