"use client";

import { useTranslations } from "next-intl";
import type { WorkspaceView } from "./workspace-types";
import { cx } from "class-variance-authority";
import { cardClasses } from "@/components/ui/card-classes";

const dot = { ONLINE: "bg-emerald-500", AWAY: "bg-amber-400", OFFLINE: "bg-slate-300" } as const;

/** For supervisors: every operator's status and load against their limit. */
export function OperatorsBoard({ operators }: { operators: WorkspaceView["operators"] }) {
  const t = useTranslations();
  return (
    <section aria-labelledby="operators-title" className={cx(cardClasses({ padding: "none" }), "p-3")}>
      <h2 id="operators-title" className="mb-2 font-semibold">
        {t("workspace.operatorsTitle")}
      </h2>
      <table className="w-full text-sm" data-testid="operators-board">
        <tbody>
          {operators.map((o) => (
            <tr key={o.id} className="border-t border-line-soft">
              <td className="py-1">
                <span className={`mr-2 inline-block size-2 rounded-full ${dot[o.presence]}`} aria-hidden="true" />
                {o.fullName}
              </td>
              <td className="py-1 text-muted">{t(`workspace.presence.${o.presence}`)}</td>
              <td className="py-1 text-right tabular-nums">
                {t("workspace.operatorsLoad", { active: o.active, limit: o.chatLimit })}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
