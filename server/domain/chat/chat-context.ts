import { localeOrDefault, type Locale } from "@/i18n/locales";

/** What a chat carries for the operator: where the subscriber was, what failed, what they saw, what the bot said. */
export interface ChatContext {
  locale: Locale;
  page?: string | null;
  failedAction?: string | null;
  errorCode?: string | null;
  hintsShown?: Array<{ code: string; text: string }>;
  bannerTopic?: string | null;
  /** Bot answers the subscriber said did not help. */
  botMisses: number;
  /** Why the bot handed over, and its conversation until then. */
  handoverReason?: "ASKED" | "NOTHING_FOUND" | "BOT_MISSES" | "SALES" | null;
  botTranscript?: Array<{ author: string; text: string }>;
}

export function readChatContext(value: unknown): ChatContext {
  const raw = (value ?? {}) as Partial<ChatContext>;
  return { ...raw, locale: localeOrDefault(raw.locale), botMisses: raw.botMisses ?? 0 };
}
