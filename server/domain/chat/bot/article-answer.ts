import type { Translate } from "@/i18n/translator";
import type { BotPayload } from "@/server/realtime/contract";

/** The bot's answer from the help centre: the intro, the article links, then "did it help?" with its buttons. */
export function articleAnswer(t: Translate, articles: Array<{ slug: string; title: string }>) {
  return {
    text: t("bot.found"),
    payload: {
      articles: articles.map((a) => ({ slug: a.slug, title: a.title })),
      // Asked after the links, so it is not read before the subscriber has seen what it asks about.
      question: t("bot.helpedQuestion"),
      quickReplies: [t("bot.quickHelped"), t("bot.quickOperator")],
    } satisfies BotPayload,
  };
}
