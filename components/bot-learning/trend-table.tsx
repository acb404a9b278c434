import type { BotTrendDay } from "@/server/domain/bot-learning/bot-answer-trend";
import { getTranslator } from "@/i18n/server";
import { metricFormat } from "@/i18n/metric-format";

const head = "py-1 pr-3 font-medium";
const num = "py-1 pr-3 text-right";

/** The bot's answer rate and the day's self-service containment, one row per Moscow day. */
export async function TrendTable({ days }: { days: BotTrendDay[] }) {
  const { locale, t } = await getTranslator();
  const f = metricFormat(locale, t);
  return (
    <table className="w-full text-left text-sm" data-testid="bot-trend-table">
      <thead className="border-b border-slate-200 text-slate-600">
        <tr>
          <th scope="col" className={head}>
            {t("botLearning.day")}
          </th>
          <th scope="col" className={`${head} text-right`}>
            {t("botLearning.questions")}
          </th>
          <th scope="col" className={`${head} text-right`}>
            {t("botLearning.answered")}
          </th>
          <th scope="col" className={`${head} text-right`}>
            {t("botLearning.answerRate")}
          </th>
          <th scope="col" className={`${head} text-right`}>
            {t("botLearning.containment")}
          </th>
          <th scope="col" className={`${head} text-right`}>
            {t("botLearning.helpSessions")}
          </th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {days.map((d) => (
          <tr key={d.day}>
            <th scope="row" className="py-1 pr-3 font-normal whitespace-nowrap">
              {f.day(d.day, "long")}
            </th>
            <td className={num}>{f.count(d.questions)}</td>
            <td className={num}>{f.count(d.answered)}</td>
            <td className={num}>{f.share(d.answerRate)}</td>
            <td className={num}>{f.share(d.containment)}</td>
            <td className={num}>{f.count(d.helpSessions)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
