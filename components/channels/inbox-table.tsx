import type { InboxListItem } from "@/server/domain/channels/list-inboxes";
import { getTranslator } from "@/i18n/server";
import { intlLocale, TIME_ZONE } from "@/i18n/format";
import { Badge } from "@/components/ui/badge";
import { cardClasses } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { InboxRowActions } from "./inbox-row-actions";

/** The connected inboxes with their status, all read from the database; the actions sit under each name. */
export async function InboxTable({ inboxes }: { inboxes: InboxListItem[] }) {
  const { t, locale } = await getTranslator();
  const when = (at: Date | null) =>
    at
      ? at.toLocaleString(intlLocale(locale), { dateStyle: "short", timeStyle: "short", timeZone: TIME_ZONE })
      : t("channels.never");
  if (inboxes.length === 0) return <p className="text-sm text-slate-600">{t("channels.empty")}</p>;
  return (
    <div
      role="region"
      aria-labelledby="channels-title"
      tabIndex={0}
      className={cn(cardClasses({ padding: "none" }), "overflow-x-auto focus:outline-2 focus:outline-brand-600")}
    >
      <table className="w-full text-left text-sm">
        <thead className="bg-slate-50 text-slate-600">
          <tr>
            {(["name", "channel", "status", "lastWebhook", "lastError", "backlog"] as const).map((column) => (
              <th key={column} scope="col" className="px-4 py-2">
                {t(`channels.table.${column}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {inboxes.map((inbox) => (
            <tr
              key={inbox.id}
              data-testid="inbox-row"
              data-inbox-id={inbox.id}
              className={inbox.enabled ? "" : "bg-slate-50 text-slate-500"}
            >
              <td className="min-w-52 px-4 py-2 align-top">
                <span className="font-medium">{inbox.name}</span>
                <span className="block text-xs text-slate-600">{t("channels.token", { hint: inbox.tokenHint })}</span>
                <InboxRowActions inbox={{ id: inbox.id, name: inbox.name, enabled: inbox.enabled }} />
              </td>
              <td className="px-4 py-2 align-top">{t(`workspace.channel.${inbox.channel}`)}</td>
              <td className="px-4 py-2 align-top">
                <Badge tone={inbox.enabled ? "success" : "neutral"}>
                  {inbox.enabled ? t("channels.enabled") : t("channels.disabled")}
                </Badge>
              </td>
              <td className="px-4 py-2 align-top whitespace-nowrap">{when(inbox.lastWebhookAt)}</td>
              <td className="min-w-44 px-4 py-2 align-top" data-testid="inbox-last-error">
                {inbox.lastErrorReason ? (
                  <span className="text-danger">{t(`delivery.reason.${inbox.lastErrorReason}`)}</span>
                ) : (
                  t("channels.noError")
                )}
              </td>
              <td className="min-w-40 px-4 py-2 align-top" data-testid="inbox-backlog">
                <span className="block">{t("channels.pending", { count: inbox.backlog.pending })}</span>
                <span className={cn("block", inbox.backlog.failed > 0 && "text-danger")}>
                  {t("channels.failed", { count: inbox.backlog.failed })}
                </span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
