import type { Metadata } from "next";
import { QuestionGroups } from "@/components/bot-learning/question-groups";
import { TrendTable } from "@/components/bot-learning/trend-table";
import { CONTENT_STAFF_ROLES } from "@/server/domain/content/content-staff";
import { requireStaffWithRole } from "@/server/auth/session";
import { createServerCaller } from "@/server/api/server-caller";
import { getTranslator } from "@/i18n/server";
import { ClientMessages } from "@/i18n/client-messages";
import { cardClasses } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("botLearning.title") };
}

export default async function BotLearningPage() {
  await requireStaffWithRole("/admin/bot", CONTENT_STAFF_ROLES);
  const caller = await createServerCaller();
  const [groups, trend, { t }] = await Promise.all([
    caller.botLearning.questions({ days: 30 }),
    caller.botLearning.trend({}),
    getTranslator(),
  ]);
  return (
    <ClientMessages namespaces={["botLearning", "errors"]}>
      <div className="space-y-6">
        <header className="space-y-1">
          <h1 className="text-title">{t("botLearning.title")}</h1>
          <p className="max-w-3xl text-sm text-slate-600">{t("botLearning.lead")}</p>
        </header>
        <section aria-labelledby="bot-questions-title" className="space-y-3">
          <h2 id="bot-questions-title" className="text-heading">
            {t("botLearning.questionsTitle")}
          </h2>
          <QuestionGroups groups={groups} />
        </section>
        <section aria-labelledby="bot-trend-title" className={cn(cardClasses(), "space-y-2 overflow-x-auto")}>
          <h2 id="bot-trend-title" className="text-heading">
            {t("botLearning.trendTitle")}
          </h2>
          <p className="text-sm text-slate-600">{t("botLearning.trendLead")}</p>
          <TrendTable days={trend} />
        </section>
      </div>
    </ClientMessages>
  );
}
