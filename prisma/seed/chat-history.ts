// The demo's past chats over the last 90 days, busier on weekday daytimes in Moscow, with the
// help sessions around them. Pure and deterministic (the same seed gives the same history);
// the demo seed inserts a couple of thousand, the metrics benchmark streams 100,000 from the
// same generator.
import type { Db } from "@/server/db-client";
import type { Prisma } from "@/server/generated/prisma/client";
import { bulkInsert } from "./bulk-insert";
import { SALES_TOPICS, SUPPORT_SCRIPTS } from "./chat-scripts";
import { planChat, type ChatOperator } from "./chat-timeline";
import { settleFollowUps } from "./follow-up-states";
import {
  beforeChat,
  HELP_ONLY_SESSIONS_PER_CHAT,
  selfServiceSession,
  sessionKeyFrom,
  type HelpPeople,
  type HelpRows,
} from "./help-sessions";
import { FEMALE_NAMES, MALE_NAMES } from "./names";
import type { Random } from "./random";
import type { HistoryWindow } from "./time";

/** About 27 chats a day: enough for every metric, per operator and per day, to mean something. */
export const DEMO_CHATS = 2400;
export const CHAT_HISTORY_DAYS = 90;
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** Moscow is UTC+3 all year. */
const MOSCOW_OFFSET = 3 * HOUR;
/** Relative chat volume by Moscow hour: quiet at night, busiest from late morning to the evening. */
const MOSCOW_HOUR_WEIGHT = [
  0.12, 0.07, 0.04, 0.03, 0.03, 0.05, 0.12, 0.3, 0.55, 0.8, 0.95, 1, 1, 0.92, 0.95, 0.95, 0.9, 0.85, 0.8, 0.75, 0.68,
  0.55, 0.38, 0.22,
];
const WEEKEND_SHARE = 0.6;
const DAY_NOISE = 0.2;
/** The widget's rating window (a day) plus the longest chat. */
const RECENT_MS = 25 * HOUR;

export interface ChatPeople extends HelpPeople {
  operators: Array<{ id: string; fullName: string; skills: string[] }>;
  supervisorId: string | null;
  subscribers: Array<{ id: string }>;
}

export interface ChatHistoryRows extends HelpRows {
  chats: Prisma.ChatCreateManyInput[];
  messages: Prisma.ChatMessageCreateManyInput[];
  ratings: Prisma.RatingCreateManyInput[];
  followUps: Prisma.FollowUpCreateManyInput[];
}

export function emptyChatHistory(): ChatHistoryRows {
  return { chats: [], messages: [], ratings: [], followUps: [], hintImpressions: [], articleViews: [] };
}

/** Who and what the chats refer to, in a stable order so the same seed picks the same rows. */
export async function loadChatPeople(db: Db | Prisma.TransactionClient): Promise<ChatPeople> {
  const [staff, subscribers, hints, articles] = await Promise.all([
    db.staffUser.findMany({
      where: { isActive: true },
      orderBy: { email: "asc" },
      select: { id: true, fullName: true, roles: true, skills: true },
    }),
    db.subscriberAccount.findMany({ orderBy: { accountNumber: "asc" }, select: { id: true } }),
    db.hint.findMany({
      where: { isActive: true },
      orderBy: { code: "asc" },
      select: { id: true, code: true, text: true, pages: true },
    }),
    db.helpArticle.findMany({
      where: { isPublished: true },
      orderBy: { slug: "asc" },
      select: { id: true, slug: true, title: true },
    }),
  ]);
  return {
    operators: staff.filter((s) => s.roles.includes("OPERATOR")),
    supervisorId: staff.find((s) => s.roles.includes("SUPERVISOR"))?.id ?? null,
    subscribers,
    hints,
    articles,
  };
}

/** Chat start times: weighted by Moscow hour, weekday and a per-day wobble; the last hour is left for chats to finish. */
function chatClock(rng: Random, now: Date): (r: Random) => Date {
  const dayFactor = Array.from({ length: CHAT_HISTORY_DAYS + 1 }, () => rng.noise(DAY_NOISE));
  const latest = now.getTime() - HOUR;
  const span = CHAT_HISTORY_DAYS * DAY - HOUR;
  return (r) => {
    for (;;) {
      const back = r.float() * span;
      const moscow = new Date(latest - back + MOSCOW_OFFSET);
      const weekend = moscow.getUTCDay() === 0 || moscow.getUTCDay() === 6;
      const weight =
        (MOSCOW_HOUR_WEIGHT[moscow.getUTCHours()] ?? 0) *
        (weekend ? WEEKEND_SHARE : 1) *
        (dayFactor[Math.floor(back / DAY)] ?? 1);
      if (r.float() * (1 + DAY_NOISE) < weight) return new Date(Math.round(latest - back));
    }
  };
}

/** Operators differ: some answer faster, some are rated better, some work more shifts. */
function operatorTeam(rng: Random, operators: ChatPeople["operators"]) {
  if (operators.length === 0) throw new Error("The chat history needs at least one operator");
  const team = operators.map((o, i) => {
    const r = rng.fork(i + 1);
    const member: ChatOperator & { shifts: number; sales: boolean } = {
      id: o.id,
      fullName: o.fullName,
      speed: r.noise(0.25),
      care: r.noise(0.15),
      shifts: r.noise(0.3),
      sales: o.skills.includes("sales"),
    };
    return member;
  });
  const sellers = team.filter((o) => o.sales);
  const pick = (r: Random, from: typeof team) => r.weighted(from.map((o) => [o, o.shifts] as const));
  return { support: (r: Random) => pick(r, team), sales: (r: Random) => pick(r, sellers.length > 0 ? sellers : team) };
}

function visitor(r: Random, sessionKey: string, sales: boolean) {
  const name = r.chance(0.65) ? r.pick(r.chance(0.52) ? FEMALE_NAMES : MALE_NAMES) : null;
  // Sales visitors often leave a phone to call back (with consent).
  const phone = sales && r.chance(0.4) ? `+79${String(r.int(0, 999_999_999)).padStart(9, "0")}` : null;
  return { visitorToken: sessionKey, visitorName: name, visitorPhone: phone };
}

/** One chat at a time with its help sessions, so 100,000 of them never sit in memory at once. */
export function* generateChatHistory(
  rng: Random,
  window: HistoryWindow,
  people: ChatPeople,
  count: number,
  newId: () => string,
): Generator<ChatHistoryRows> {
  const clock = chatClock(rng.fork(1), window.now);
  const team = operatorTeam(rng.fork(2), people.operators);
  const articles = new Map(people.articles.map((a) => [a.slug, a]));
  for (let i = 0; i < count; i++) {
    const r = rng.fork(10 + i);
    const rows = emptyChatHistory();
    const start = clock(r);
    const sales = r.chance(0.15);
    const script = sales ? null : r.pick(SUPPORT_SCRIPTS);
    // Password recovery happens signed out; the rest mostly from the personal account. The widget offers
    // to rate a chat closed in the last 24 hours, so a demo subscriber's own chats end before that.
    const signedIn =
      people.subscribers.length > 0 &&
      script?.page !== "login" &&
      start.getTime() < window.now.getTime() - RECENT_MS &&
      r.chance(sales ? 0.3 : 0.7);
    const accountId = signedIn ? r.pick(people.subscribers).id : null;
    const sessionKey = sessionKeyFrom(r);
    const article = script ? (articles.get(script.article) ?? null) : null;
    const page = sales ? "landing" : script && (accountId || script.page === "login") ? script.page : "help";
    const hintsShown = beforeChat(
      r,
      people,
      { sessionKey, accountId, page, until: start, article, question: script?.questions[0] ?? null },
      rows,
      newId,
    );
    const planned = planChat(
      r,
      {
        id: newId(),
        kind: sales ? "SALES" : "SUPPORT",
        start,
        channel: r.chance(0.7) ? "WEB" : "MOBILE_WEB",
        owner: accountId ? { accountId } : visitor(r, sessionKey, sales),
        sessionKey,
        page,
        script,
        topic: sales && r.chance(0.8) ? r.pick(SALES_TOPICS) : null,
        article: article ? { slug: article.slug, title: article.title } : null,
        hintsShown,
        operator: sales ? team.sales(r) : team.support(r),
        supervisorId: people.supervisorId,
        now: window.now,
      },
      newId,
    );
    rows.chats.push(planned.chat);
    rows.messages.push(...planned.messages);
    if (planned.rating) rows.ratings.push(planned.rating);
    if (planned.followUp) rows.followUps.push(planned.followUp);
    const more = Math.floor(HELP_ONLY_SESSIONS_PER_CHAT) + (r.chance(HELP_ONLY_SESSIONS_PER_CHAT % 1) ? 1 : 0);
    for (let k = 0; k < more; k++) {
      const owner = people.subscribers.length > 0 && r.chance(0.6) ? r.pick(people.subscribers).id : null;
      selfServiceSession(r, people, { sessionKey: sessionKeyFrom(r), accountId: owner, until: clock(r) }, rows, newId);
    }
    yield rows;
  }
}

/** Appends every list of `from` to `into`. */
export function appendChatHistory(into: ChatHistoryRows, from: ChatHistoryRows): void {
  for (const key of Object.keys(into) as Array<keyof ChatHistoryRows>) (into[key] as unknown[]).push(...from[key]);
}

/** The whole history in memory, for the demo seed. */
export function buildChatHistory(
  rng: Random,
  window: HistoryWindow,
  people: ChatPeople,
  count: number,
  newId: () => string,
): ChatHistoryRows {
  const all = emptyChatHistory();
  for (const rows of generateChatHistory(rng, window, people, count, newId)) appendChatHistory(all, rows);
  settleFollowUps(all.followUps, { now: window.now, supervisorId: people.supervisorId, rng: rng.fork(7) });
  return all;
}

/** Chats before the rows that point at them; bulk INSERTs, as createMany takes seconds for this many chats. */
export async function insertChatHistory(db: Parameters<typeof bulkInsert>[0], rows: ChatHistoryRows) {
  await bulkInsert(db, "Chat", rows.chats);
  await bulkInsert(db, "ChatMessage", rows.messages);
  await bulkInsert(db, "Rating", rows.ratings);
  await bulkInsert(db, "FollowUp", rows.followUps);
  await bulkInsert(db, "HintImpression", rows.hintImpressions);
  await bulkInsert(db, "HelpArticleView", rows.articleViews);
  return {
    chats: rows.chats.length,
    chatMessages: rows.messages.length,
    ratings: rows.ratings.length,
    followUps: rows.followUps.length,
    hintImpressions: rows.hintImpressions.length,
    articleViews: rows.articleViews.length,
  };
}
