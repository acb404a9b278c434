// Browser sessions of the demo help centre: hints shown and articles read, before a chat (sharing
// the chat's session key) or on their own. Self-service containment counts sessions that never
// reached an operator, so the number of chat-free sessions sets where it lands.
import type { Prisma } from "@/server/generated/prisma/client";
import type { Random } from "./random";

/**
 * Chat-free help sessions per chat. A support chat is a help session (it opens with the bot) and 40 % of
 * them reach an operator; a sales chat is one only after a hint, which few are. So a chat brings about
 * 0.875 sessions of which 0.5 are contained, and 0.65 more per chat puts containment near 75 %.
 */
export const HELP_ONLY_SESSIONS_PER_CHAT = 0.65;
const S = 1000;
const ACCOUNT_PAGES = ["account", "payments", "tariffs", "options", "security"] as const;

export interface HelpPeople {
  hints: Array<{ id: string; code: string; text: string; pages: string[] }>;
  articles: Array<{ id: string; slug: string; title: string }>;
}

export interface HelpRows {
  hintImpressions: Prisma.HintImpressionCreateManyInput[];
  articleViews: Prisma.HelpArticleViewCreateManyInput[];
}

/** A browser session key as the proxy sets it (a v4 UUID), drawn from the seeded stream. */
export function sessionKeyFrom(r: Random): string {
  const hex = (n: number) => Array.from({ length: n }, () => r.int(0, 15).toString(16)).join("");
  return `${hex(8)}-${hex(4)}-4${hex(3)}-${r.pick(["8", "9", "a", "b"])}${hex(3)}-${hex(12)}`;
}

/** Hints that the page would show (no page list means every page). */
function hintsFor(people: HelpPeople, page: string) {
  return people.hints.filter((h) => h.pages.length === 0 || h.pages.includes(page));
}

interface Session {
  sessionKey: string;
  accountId: string | null;
  page: string;
  /** When the session's last step happened; hints and reads come a little before. */
  until: Date;
}

/** 1–2 hints shown on the page in the minutes before `until`. */
function showHints(r: Random, people: HelpPeople, s: Session, rows: HelpRows, newId: () => string) {
  const shown = r.shuffle(hintsFor(people, s.page)).slice(0, r.int(1, 2));
  for (const hint of shown) {
    rows.hintImpressions.push({
      id: newId(),
      hintId: hint.id,
      accountId: s.accountId,
      page: s.page,
      sessionKey: s.sessionKey,
      createdAt: new Date(s.until.getTime() - r.int(60 * S, 600 * S)),
    });
  }
  return shown.map((h) => ({ code: h.code, text: h.text }));
}

function readArticle(
  r: Random,
  s: Session,
  article: HelpPeople["articles"][number],
  query: string | null,
  rows: HelpRows,
  newId: () => string,
) {
  rows.articleViews.push({
    id: newId(),
    articleId: article.id,
    accountId: s.accountId,
    sessionKey: s.sessionKey,
    query,
    createdAt: new Date(s.until.getTime() - r.int(20 * S, 400 * S)),
  });
}

/** What the subscriber saw before opening the chat; returns the hints for the chat's context. */
export function beforeChat(
  r: Random,
  people: HelpPeople,
  s: Session & { article: HelpPeople["articles"][number] | null; question: string | null },
  rows: HelpRows,
  newId: () => string,
): Array<{ code: string; text: string }> {
  const hintsShown = s.accountId && r.chance(0.55) ? showHints(r, people, s, rows, newId) : [];
  if (s.article && r.chance(0.35)) {
    const query = s.question && r.chance(0.4) ? s.question.toLowerCase().replace(/[?!.]/g, "") : null;
    readArticle(r, s, s.article, query, rows, newId);
  }
  return hintsShown;
}

/** A session that ended in self-service: hints on an account page and/or articles read. */
export function selfServiceSession(
  r: Random,
  people: HelpPeople,
  s: Omit<Session, "page">,
  rows: HelpRows,
  newId: () => string,
) {
  const page = s.accountId ? r.pick(ACCOUNT_PAGES) : "help";
  const session = { ...s, page };
  const hints = s.accountId !== null && r.chance(0.7) && showHints(r, people, session, rows, newId).length > 0;
  if (!hints || r.chance(0.4)) {
    for (const article of r.shuffle(people.articles).slice(0, r.int(1, 2)))
      readArticle(r, session, article, null, rows, newId);
  }
}
