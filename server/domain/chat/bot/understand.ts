/** What the bot makes of a subscriber's message before searching the help centre. */
export type BotIntent = "HANDOVER" | "NOT_HELPED" | "HELPED" | "QUESTION";

const HANDOVER = /(оператор|человек|специалист|сотрудник|живой|позовите|соедините|operator|human|agent|person)/i;
const NOT_HELPED = /(не помогл|не то|не подходит|не работает|не понял|didn'?t help|not help|doesn'?t help)/i;
const HELPED = /^(спасибо|помогло|да,? помогло|thanks|thank you|helped|it helped)[.!\s]*$/i;

export function understand(text: string): BotIntent {
  const value = text.trim();
  if (HANDOVER.test(value)) return "HANDOVER";
  if (NOT_HELPED.test(value)) return "NOT_HELPED";
  if (HELPED.test(value)) return "HELPED";
  return "QUESTION";
}

/** After this many answers that did not help, the bot hands over. */
export const MAX_BOT_MISSES = 2;
