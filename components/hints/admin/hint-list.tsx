import { Link } from "@/components/ui/link";
import { getTranslator } from "@/i18n/server";
import { intlLocale } from "@/i18n/format";
import type { EditorHint } from "@/server/domain/hints/list-hints";
import { Badge } from "@/components/ui/badge";
import { cardClasses } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { isAppErrorCode } from "@/server/domain/errors";

/** Every hint as a card: its text (plain text, so markup in it stays inert), where it shows, how it was rated. */
export async function HintList({ hints }: { hints: EditorHint[] }) {
  const { t, locale } = await getTranslator();
  const percent = new Intl.NumberFormat(intlLocale(locale), { style: "percent" });
  if (hints.length === 0) return <p className="text-muted">{t("hintEditor.empty")}</p>;
  return (
    <ul className="space-y-3" aria-label={t("hintEditor.count", { count: hints.length })}>
      {hints.map((h) => {
        const where = [
          h.pages.length === 0
            ? t("hintEditor.everyPage")
            : h.pages.map((p) => t(`codes.pages.${p}` as "codes.pages.home")).join(", "),
          h.condition
            ? t(`hintEditor.condition.${h.condition}` as "hintEditor.condition.LOW_BALANCE")
            : t("hintEditor.always"),
          ...(h.failedAction && isAppErrorCode(h.failedAction) ? [t(`errors.${h.failedAction}`, { minutes: 1 })] : []),
        ];
        return (
          <li
            key={h.id}
            data-testid="hint-row"
            className={cn(cardClasses({ padding: "sm" }), h.archived && "opacity-70")}
          >
            <div className="flex flex-wrap items-start justify-between gap-2">
              <Link
                href={`/admin/hints/${h.id}`}
                className="min-w-0 flex-1 break-words font-medium text-brand-700 hover:underline"
              >
                {locale === "en" ? h.textEn : h.text}
              </Link>
              <Badge tone={h.archived ? "neutral" : "success"}>
                {h.archived ? t("hintEditor.archived") : t("hintEditor.active")}
              </Badge>
            </div>
            <p className="mt-1 text-sm text-muted">{where.join(" · ")}</p>
            <dl className="mt-2 flex flex-wrap gap-x-6 gap-y-1 text-sm">
              <div>
                <dt className="inline text-muted">{t("hintEditor.table.priority")}: </dt>
                <dd className="inline">{h.priority}</dd>
              </div>
              <div>
                <dt className="inline text-muted">{t("hintEditor.table.rates")}: </dt>
                <dd className="inline" data-testid="hint-rates">
                  {h.helpedRate === null
                    ? t("hintEditor.noVotes")
                    : t("hintEditor.rates", {
                        helped: h.helped,
                        notHelped: h.notHelped,
                        rate: percent.format(h.helpedRate),
                      })}
                </dd>
              </div>
            </dl>
          </li>
        );
      })}
    </ul>
  );
}
