import { Link } from "@/components/ui/link";
import type { WorkspaceOverview } from "@/server/domain/staff/get-workspace-overview";
import type { MessageKey } from "@/i18n/translator";
import { getTranslator } from "@/i18n/server";
import { cardClasses } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";

interface Section {
  title: MessageKey;
  text: MessageKey;
  stat?: { label: MessageKey; value: number };
  /** Follow-ups past their due time, highlighted when there are any. */
  overdue?: number;
  href?: string;
}

function sectionsFor(o: WorkspaceOverview): Section[] {
  const sections: Section[] = [];
  if (o.queuedChats !== undefined) {
    sections.push({
      title: "admin.sections.chats",
      text: "admin.sections.chatsText",
      stat: { label: "admin.stats.queuedChats", value: o.queuedChats },
      href: "/admin/workspace",
    });
  }
  if (o.roles.includes("SUPERVISOR") || o.roles.includes("ADMIN")) {
    sections.push({ title: "admin.sections.metrics", text: "admin.sections.metricsText", href: "/admin/metrics" });
    sections.push({
      title: "admin.sections.dailyReport",
      text: "admin.sections.dailyReportText",
      href: "/admin/reports/daily",
    });
  }
  if (o.roles.includes("SUPERVISOR") || o.roles.includes("ADMIN"))
    sections.push({
      title: "admin.sections.collections",
      text: "admin.sections.collectionsText",
      href: "/admin/collections",
    });
  if (o.roles.includes("ADMIN"))
    sections.push({ title: "admin.sections.reviews", text: "admin.sections.reviewsText", href: "/admin/reviews" });
  if (o.openFollowUps !== undefined) {
    sections.push({
      title: "admin.sections.followUps",
      text: "admin.sections.followUpsText",
      stat: { label: "admin.stats.openFollowUps", value: o.openFollowUps },
      overdue: o.overdueFollowUps,
      href: "/admin/follow-ups",
    });
  }
  if (o.activeBanners !== undefined) {
    sections.push({
      title: "admin.sections.banners",
      text: "admin.sections.bannersText",
      stat: { label: "admin.stats.activeBanners", value: o.activeBanners },
      href: "/admin/banners",
    });
  }
  if (o.helpArticles !== undefined) {
    sections.push({
      title: "admin.sections.help",
      text: "admin.sections.helpText",
      stat: { label: "admin.stats.helpArticles", value: o.helpArticles },
      href: "/admin/help",
    });
    sections.push({ title: "admin.sections.bot", text: "admin.sections.botText", href: "/admin/bot" });
  }
  if (o.activeHints !== undefined) {
    sections.push({
      title: "admin.sections.hints",
      text: "admin.sections.hintsText",
      stat: { label: "admin.stats.activeHints", value: o.activeHints },
      href: "/admin/hints",
    });
  }
  if (o.cannedReplies !== undefined) {
    sections.push({
      title: "admin.sections.canned",
      text: "admin.sections.cannedText",
      stat: { label: "admin.stats.cannedReplies", value: o.cannedReplies },
      href: "/admin/canned",
    });
  }
  if (o.staff !== undefined) {
    sections.push({
      title: "admin.sections.staff",
      text: "admin.sections.staffText",
      stat: { label: "admin.stats.staff", value: o.staff },
      href: "/admin/staff",
    });
  }
  if (o.inboxes !== undefined) {
    sections.push({
      title: "admin.sections.channels",
      text: "admin.sections.channelsText",
      stat: { label: "admin.stats.inboxes", value: o.inboxes },
      href: "/admin/channels",
    });
  }
  if (o.openTariffs !== undefined) {
    sections.push({
      title: "admin.sections.tariffs",
      text: "admin.sections.tariffsText",
      stat: { label: "admin.stats.openTariffs", value: o.openTariffs },
      href: "/admin/tariffs",
    });
  }
  if (o.openOptions !== undefined) {
    sections.push({
      title: "admin.sections.options",
      text: "admin.sections.optionsText",
      stat: { label: "admin.stats.openOptions", value: o.openOptions },
      href: "/admin/options",
    });
  }
  if (o.subscribers !== undefined) {
    sections.push({
      title: "admin.sections.subscribers",
      text: "admin.sections.subscribersText",
      stat: { label: "admin.stats.subscribers", value: o.subscribers },
    });
  }
  return sections;
}

export async function StaffHome({ overview }: { overview: WorkspaceOverview }) {
  const { t } = await getTranslator();
  return (
    <div className="space-y-6">
      <header>
        <h1 className="text-title">{t("admin.greeting", { name: overview.fullName })}</h1>
        <p className="mt-1 text-sm text-muted">
          {t("admin.yourRoles")}:{" "}
          <span data-testid="staff-roles">{overview.roles.map((r) => t(`admin.roles.${r}`)).join(", ")}</span>
        </p>
      </header>
      <ul className="grid gap-4 sm:grid-cols-2">
        {sectionsFor(overview).map((s) => (
          <li key={s.title} className={cardClasses()}>
            <h2 className="text-heading">
              {s.href ? (
                <Link href={s.href} className="text-brand-ink hover:underline">
                  {t(s.title)}
                </Link>
              ) : (
                t(s.title)
              )}
            </h2>
            <p className="mt-1 text-sm text-muted">{t(s.text)}</p>
            {s.stat && (
              <p className="mt-3 text-sm">
                {t(s.stat.label)}: <strong className="text-xl">{s.stat.value}</strong>
              </p>
            )}
            {s.overdue !== undefined && (
              <p
                className={cn("mt-1 text-sm", s.overdue > 0 ? "font-semibold text-danger-strong" : "text-muted")}
                data-testid="home-overdue-follow-ups"
              >
                {t("followUps.overdueCount", { count: s.overdue })}
              </p>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
