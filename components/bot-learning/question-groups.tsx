import type { UnansweredGroup } from "@/server/domain/bot-learning/list-unanswered-questions";
import { getTranslator } from "@/i18n/server";
import { formatMoscow } from "@/components/banners/admin/moscow-time";
import { cardClasses } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { AnswerLinker } from "./answer-linker";

const cell = "px-4 py-2 align-top";

/** The unanswered question groups, most frequent first, each with its examples and the article that answers it. */
export async function QuestionGroups({ groups }: { groups: UnansweredGroup[] }) {
  const { locale, t } = await getTranslator();
  if (groups.length === 0) return <p className="text-slate-600">{t("botLearning.empty")}</p>;
  return (
    <div
      role="region"
      aria-labelledby="bot-questions-title"
      tabIndex={0}
      className={cn(cardClasses({ padding: "none" }), "overflow-x-auto focus:outline-2 focus:outline-brand-600")}
    >
      <table className="w-full text-left text-sm" data-testid="bot-question-table">
        <thead className="bg-slate-50 text-slate-600">
          <tr>
            <th scope="col" className={cell}>
              {t("botLearning.table.question")}
            </th>
            <th scope="col" className={cn(cell, "text-right")}>
              {t("botLearning.table.count")}
            </th>
            <th scope="col" className={cell}>
              {t("botLearning.table.examples")}
            </th>
            <th scope="col" className={cell}>
              {t("botLearning.table.answer")}
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {groups.map((g) => (
            <tr key={g.normalized} data-testid="bot-question-group">
              <th scope="row" className={cn(cell, "min-w-48 font-normal")}>
                <span className="font-medium break-words">{g.example}</span>
                <span className="block text-xs break-words text-slate-500">
                  {t("botLearning.groupKey", { key: g.normalized })}
                </span>
                <ul className="mt-1 text-xs text-slate-600">
                  {g.nothingFound > 0 && <li>{t("botLearning.outcome.nothingFound", { count: g.nothingFound })}</li>}
                  {g.notHelped > 0 && <li>{t("botLearning.outcome.notHelped", { count: g.notHelped })}</li>}
                  {g.handedOver > 0 && <li>{t("botLearning.outcome.handedOver", { count: g.handedOver })}</li>}
                </ul>
              </th>
              <td className={cn(cell, "text-right text-lg font-semibold")}>{g.count}</td>
              <td className={cn(cell, "min-w-56")}>
                <ul className="space-y-1">
                  {g.examples.map((e) => (
                    <li key={e.chatId} data-chat-id={e.chatId} className="break-words">
                      {t("botLearning.example", { text: e.text, when: formatMoscow(e.askedAt, locale) })}
                    </li>
                  ))}
                </ul>
              </td>
              <td className={cn(cell, "min-w-56")}>
                <AnswerLinker normalized={g.normalized} linked={g.linkedArticle} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
