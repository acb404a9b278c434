// One past chat from greeting to rating, timed the way the live chat would have timed it:
// the bot alone, or escalated to the queue (support) or queued at once (sales), then an
// operator's first answer, the conversation, the close, maybe a rating and a follow-up.
import { createTranslator } from "@/i18n/translator";
import type { Prisma } from "@/server/generated/prisma/client";
import type { ChatKind, MessageAuthor } from "@/server/generated/prisma/enums";
import type { ChatContext } from "@/server/domain/chat/chat-context";
import type { BotPayload } from "@/server/realtime/contract";
import { articleAnswer } from "@/server/domain/chat/bot/article-answer";
import {
  BAD_COMMENTS,
  GOOD_COMMENTS,
  NOT_HELPED_REPLY,
  OPERATOR_GREETINGS,
  SALES_ANSWERS,
  SALES_QUESTIONS,
  SUBSCRIBER_THANKS,
  type SupportScript,
} from "./chat-scripts";
import type { Random } from "./random";
import { CANNED_RESPONSES } from "./staff";

/** The demo's response SLA (CHAT_RESPONSE_SLA_SECONDS' default): answered later, a chat is missed. */
export const DEMO_SLA_SECONDS = 60;
const S = 1000;
const HOUR = 3600 * S;
const t = createTranslator("ru");
const GOODBYE = CANNED_RESPONSES.find((c) => c.shortcut === "/bye")?.text ?? "";

export interface ChatOperator {
  id: string;
  fullName: string;
  /** Multiplies response times: under 1 is quicker than the team. */
  speed: number;
  /** Adds weight to fives: over 1 is better rated than the team. */
  care: number;
}

export interface ChatPlan {
  id: string;
  kind: ChatKind;
  start: Date;
  channel: "WEB" | "MOBILE_WEB";
  owner: { accountId: string } | { visitorToken: string; visitorName: string | null; visitorPhone: string | null };
  sessionKey: string;
  page: string;
  /** Support chats: what the subscriber asks. */
  script: SupportScript | null;
  /** Sales chats: the banner's topic, if any. */
  topic: string | null;
  article: { slug: string; title: string } | null;
  hintsShown: Array<{ code: string; text: string }>;
  operator: ChatOperator;
  supervisorId: string | null;
  now: Date;
}

export interface PlannedChat {
  chat: Prisma.ChatCreateManyInput;
  messages: Prisma.ChatMessageCreateManyInput[];
  rating: Prisma.RatingCreateManyInput | null;
  followUp: Prisma.FollowUpCreateManyInput | null;
}

type Handover = NonNullable<ChatContext["handoverReason"]>;

/** Messages in time order; numbered 1..n when the chat is done, as appendMessage would have. */
class Transcript {
  private readonly lines: Array<{
    author: MessageAuthor;
    text: string;
    at: number;
    operatorId?: string;
    payload?: BotPayload;
  }> = [];
  add(author: MessageAuthor, text: string, at: number, extra: { operatorId?: string; payload?: BotPayload } = {}) {
    this.lines.push({ author, text, at, ...extra });
  }
  /** The bot's conversation until the handover, as escalateChat stores it in the context. */
  botTranscript() {
    return this.lines
      .filter((l) => l.author === "BOT" || l.author === "SUBSCRIBER" || l.author === "VISITOR")
      .map((l) => ({ author: l.author, text: l.text }));
  }
  rows(chatId: string, newId: () => string): Prisma.ChatMessageCreateManyInput[] {
    return [...this.lines]
      .sort((a, b) => a.at - b.at)
      .map((l, i) => ({
        id: newId(),
        chatId,
        seq: i + 1,
        author: l.author,
        text: l.text,
        operatorId: l.operatorId ?? null,
        createdAt: new Date(l.at),
        deliveredAt: new Date(l.at),
        ...(l.payload ? { payload: l.payload as object } : {}),
      }));
  }
}

const firstName = (fullName: string) => fullName.split(/\s+/)[1] ?? fullName;

/** Mostly 10–50 s, a tail up to four minutes; slower operators stretch all of it. */
function firstResponseSeconds(r: Random, operator: ChatOperator): number {
  const [min, max] = r.weighted<readonly [number, number]>([
    [[8, 50], 88],
    [[50, 60], 5],
    [[61, 240], 7],
  ]);
  return Math.max(5, Math.round(r.int(min, max) * operator.speed));
}

/** Skewed to 5 (CSI around 70–80 %); a late answer and a careless operator pull it down. */
function ratingScore(r: Random, late: boolean, care: number): number {
  const weights = late ? [13, 12, 20, 20, 35] : [4, 4, 6, 14, 72 * care];
  return r.weighted(weights.map((w, i) => [i + 1, w] as const));
}

function npsAnswer(r: Random, score: number): number {
  if (score === 5)
    return r.weighted([
      [10, 55],
      [9, 30],
      [8, 10],
      [7, 5],
    ]);
  if (score === 4) return r.int(6, 9);
  if (score === 3) return r.int(3, 7);
  return r.int(0, 4);
}

/** The bot's part of a support chat: why it handed over (null when it finished alone) and whether its answer helped. */
function botPart(
  r: Random,
  plan: ChatPlan,
  script: SupportScript,
  said: Transcript,
  who: MessageAuthor,
  clock: { at: number },
) {
  const after = (min: number, max: number) => (clock.at += r.int(min * S, max * S));
  const found = () => {
    const answer = articleAnswer(t, plan.article ? [plan.article] : []);
    return said.add("BOT", answer.text, after(1, 2), { payload: answer.payload });
  };
  const rephrase = () =>
    said.add("BOT", t("bot.rephrase"), after(1, 2), { payload: { quickReplies: [t("bot.quickOperator")] } });
  said.add("BOT", t("bot.greeting"), clock.at);
  said.add(who, r.pick(script.questions), after(5, 40));
  if (r.chance(0.6)) {
    found();
    const helped = r.chance(0.65);
    said.add(who, helped ? t("bot.quickHelped") : NOT_HELPED_REPLY, after(15, 120));
    if (helped) said.add("BOT", t("bot.glad"), after(1, 2));
    else rephrase();
    return { handover: null, helped };
  }
  const handover = r.weighted<Handover>([
    ["ASKED", 50],
    ["NOTHING_FOUND", 25],
    ["BOT_MISSES", 25],
  ]);
  if (handover === "ASKED") {
    found();
    said.add(who, t("bot.quickOperator"), after(10, 60));
  } else if (handover === "BOT_MISSES") {
    found();
    said.add(who, NOT_HELPED_REPLY, after(15, 60));
    rephrase();
    said.add(who, r.pick(script.details), after(15, 60));
    found();
    said.add(who, NOT_HELPED_REPLY, after(10, 40));
  }
  const text =
    handover === "ASKED"
      ? "bot.handoverAsked"
      : handover === "NOTHING_FOUND"
        ? "bot.handoverNothingFound"
        : "bot.handoverMisses";
  said.add("BOT", t(text), after(1, 2));
  return { handover, helped: false };
}

export function planChat(r: Random, plan: ChatPlan, newId: () => string): PlannedChat {
  const said = new Transcript();
  const who: MessageAuthor = "accountId" in plan.owner ? "SUBSCRIBER" : "VISITOR";
  const clock = { at: plan.start.getTime() };
  const after = (min: number, max: number) => (clock.at += r.int(min * S, max * S));
  const sales = plan.kind === "SALES";
  const context: ChatContext = {
    locale: "ru",
    page: plan.page,
    failedAction: null,
    errorCode: null,
    hintsShown: plan.hintsShown,
    bannerTopic: sales ? plan.topic : null,
    botMisses: 0,
    handoverReason: sales ? "SALES" : null,
  };
  const chat: Prisma.ChatCreateManyInput = {
    id: plan.id,
    kind: plan.kind,
    channel: plan.channel,
    topic: plan.topic,
    sessionKey: plan.sessionKey,
    createdAt: plan.start,
    ...("accountId" in plan.owner
      ? { accountId: plan.owner.accountId }
      : {
          visitorToken: plan.owner.visitorToken,
          visitorName: plan.owner.visitorName,
          visitorPhone: plan.owner.visitorPhone,
          visitorConsentAt: plan.owner.visitorPhone ? plan.start : null,
        }),
  };
  const done = (
    state: "CLOSED" | "RATED",
    rating: PlannedChat["rating"] = null,
    followUp: PlannedChat["followUp"] = null,
  ): PlannedChat => {
    const messages = said.rows(plan.id, newId);
    // Raised open with the default SLA; settleFollowUps closes the old ones once the whole history is known.
    if (followUp)
      Object.assign(followUp, { dueAt: new Date(new Date(followUp.createdAt ?? plan.now).getTime() + 24 * HOUR) });
    return {
      chat: { ...chat, state, context: context as object, lastSeq: messages.length },
      messages,
      rating,
      followUp,
    };
  };

  if (sales) {
    said.add("SYSTEM", plan.topic ? t("bot.salesGreeting", { topic: plan.topic }) : t("bot.greeting"), clock.at);
    said.add(who, r.pick(SALES_QUESTIONS), clock.at + r.int(3 * S, 20 * S));
  } else {
    if (!plan.script) throw new Error("A support chat needs a script");
    const bot = botPart(r, plan, plan.script, said, who, clock);
    context.handoverReason = bot.handover;
    context.botMisses = bot.handover === "BOT_MISSES" ? 2 : bot.handover === null && !bot.helped ? 1 : 0;
    if (!bot.handover) {
      chat.closedAt = new Date(after(5, 60));
      said.add("SYSTEM", t("bot.closedBySubscriber"), clock.at);
      const answered = r.chance(0.75);
      chat.botHelped = answered ? r.chance(bot.helped ? 0.92 : 0.1) : null;
      return done(answered ? "RATED" : "CLOSED");
    }
    context.botTranscript = said.botTranscript();
  }

  const queuedAt = clock.at;
  chat.queuedAt = new Date(queuedAt);
  const slaAt = new Date(queuedAt + DEMO_SLA_SECONDS * S + r.int(0, 5 * S));
  if (r.chance(0.05)) {
    // Nobody answered: the subscriber waited, perhaps left a request, and gave up.
    if (r.chance(0.4)) {
      chat.leftRequest = true;
      said.add("BOT", t("bot.requestLeft"), queuedAt + r.int(20 * S, 50 * S));
    }
    chat.closedAt = new Date(queuedAt + r.int(120 * S, 600 * S));
    chat.isMissed = true;
    said.add("SYSTEM", t("bot.closedBySubscriber"), chat.closedAt.getTime());
    return done("CLOSED", null, { id: newId(), chatId: plan.id, reason: "MISSED", createdAt: slaAt });
  }

  const { operator } = plan;
  const frt = firstResponseSeconds(r, operator);
  const answeredAt = queuedAt + frt * S;
  const assignedAt = Math.max(queuedAt + S, answeredAt - r.int(2 * S, 12 * S));
  const closedAt = assignedAt + r.int(180 * S, 900 * S);
  const late = frt > DEMO_SLA_SECONDS;
  Object.assign(chat, {
    operatorId: operator.id,
    assignedAt: new Date(assignedAt),
    operatorSince: new Date(assignedAt),
    firstResponseAt: new Date(answeredAt),
    firstResponderId: operator.id,
    closedAt: new Date(closedAt),
    isMissed: late,
    // The SLA sweep at slaAt charges the miss to the operator only if they had the chat by then.
    missedById: late && assignedAt <= slaAt.getTime() ? operator.id : null,
  });
  const by = { operatorId: operator.id };
  const turn = (share: number) => Math.round(answeredAt + (closedAt - answeredAt) * (share + r.float() * 0.05));
  said.add("SYSTEM", t("bot.operatorJoined", { name: firstName(operator.fullName) }), assignedAt);
  said.add("OPERATOR", r.pick(OPERATOR_GREETINGS).replace("{name}", firstName(operator.fullName)), answeredAt, by);
  said.add(who, r.pick(plan.script?.details ?? SALES_QUESTIONS), turn(0.15));
  said.add("OPERATOR", r.pick(plan.script?.answers ?? SALES_ANSWERS), turn(0.45), by);
  said.add(who, r.pick(SUBSCRIBER_THANKS), turn(0.7));
  said.add("OPERATOR", GOODBYE, turn(0.85), by);
  said.add("SYSTEM", t("bot.closedByOperator"), closedAt);

  // The SLA sweep puts a late chat on the follow-up list; a low rating then turns it into LOW_RATING (as rateChat does).
  const missedFollowUp = late ? { id: newId(), chatId: plan.id, reason: "MISSED", createdAt: slaAt } : null;
  if (!r.chance(late ? 0.6 : 0.72)) return done("CLOSED", null, missedFollowUp);
  const score = ratingScore(r, late, operator.care);
  const ratedAt = new Date(closedAt + r.int(5 * S, 60 * S));
  const comment =
    score <= 3
      ? r.chance(0.5)
        ? r.pick(BAD_COMMENTS)
        : null
      : r.chance(score === 5 ? 0.12 : 0.05)
        ? r.pick(GOOD_COMMENTS)
        : null;
  const rating = {
    id: newId(),
    chatId: plan.id,
    operatorId: operator.id,
    score,
    npsScore: r.chance(0.85) ? npsAnswer(r, score) : null,
    comment,
    createdAt: ratedAt,
    // The survey's other answers follow the score (drawn without the random stream, so the history stays the same).
    // No npsAt: the 30-day NPS interval counts answers given through the live survey, not the simulated past.
    resolved: score >= 4,
    cesScore: Math.min(7, score + 2),
    respondent: "accountId" in plan.owner ? `account:${plan.owner.accountId}` : `visitor:${plan.owner.visitorToken}`,
  };
  const opened = missedFollowUp?.createdAt ?? ratedAt;
  const followUp: PlannedChat["followUp"] =
    score <= 3
      ? { id: missedFollowUp?.id ?? newId(), chatId: plan.id, reason: "LOW_RATING", createdAt: opened }
      : missedFollowUp;
  return done("RATED", rating, followUp);
}
