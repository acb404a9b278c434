/** What `npm run bench:chat -- …` accepts. */
import { parseArgs } from "node:util";

export interface ChatBenchOptions {
  /** Concurrent chats; each has a subscriber and an operator client. */
  chats: number;
  /** Messages per chat in each measured phase, alternating subscriber → operator → subscriber… */
  messages: number;
  /** Offered load, messages per second across all chats (capped by the per-chat pace). */
  rate: number;
  /** Characters of message text. */
  textLength: number;
  /** Chats that send one warm-up message each way before every phase (not measured). */
  warmupChats: number;
  /** How long to wait for stragglers after the last send before counting the rest as lost. */
  drainMs: number;
}

/**
 * 500 concurrent chats, as the live-chat issue asks. The product path (sendChatMessage on
 * in-process PGlite) costs ~25–30 ms of CPU per message on a 2-core box and tops out near
 * 35–40 msg/s, so messages are offered at 25 msg/s (about two thirds of capacity) to measure
 * latency rather than a queue: the run takes about 4.5 minutes. `--chats 80` fits in ~60 s.
 */
export const DEFAULT_CHAT_BENCH_OPTIONS: ChatBenchOptions = {
  chats: 500,
  messages: 4,
  rate: 25,
  textLength: 120,
  warmupChats: 10,
  drainMs: 10_000,
};

/**
 * The closest two messages of one chat may follow each other. sendChatMessage allows 20
 * messages per chat side in 10 s; a side sends one warm-up plus half the messages, so up
 * to 38 messages a chat fit under that at any pace, and longer runs are slowed to one
 * message per side per second.
 */
export function minChatSpacingMs(messages: number): number {
  return messages <= 38 ? 100 : 500;
}

const USAGE = `Usage: npm run bench:chat -- [--chats N] [--messages M] [--rate MSG_PER_S] [--text CHARS] [--warmup CHATS] [--drain-ms MS]
  --chats     concurrent chats, each with a subscriber and an operator pusher-js client (default ${DEFAULT_CHAT_BENCH_OPTIONS.chats})
  --messages  messages per chat per phase, alternating sides (default ${DEFAULT_CHAT_BENCH_OPTIONS.messages})
  --rate      offered messages per second over all chats (default ${DEFAULT_CHAT_BENCH_OPTIONS.rate}); one chat sends at most every 100 ms (500 ms past 38 messages)
  --text      message length in characters (default ${DEFAULT_CHAT_BENCH_OPTIONS.textLength}, max 4000)
  --warmup    chats used for the unmeasured warm-up before each phase (default ${DEFAULT_CHAT_BENCH_OPTIONS.warmupChats}, capped at --chats)
  --drain-ms  wait for late messages after the last send (default ${DEFAULT_CHAT_BENCH_OPTIONS.drainMs})`;

export function parseChatBenchArgs(argv: string[]): ChatBenchOptions | "help" {
  const { values } = parseArgs({
    args: argv,
    options: {
      chats: { type: "string" },
      messages: { type: "string" },
      rate: { type: "string" },
      text: { type: "string" },
      warmup: { type: "string" },
      "drain-ms": { type: "string" },
      help: { type: "boolean", short: "h" },
    },
    strict: true,
  });
  if (values.help) return "help";
  const d = DEFAULT_CHAT_BENCH_OPTIONS;
  const chats = integer("--chats", values.chats, d.chats, 1, 20_000);
  return {
    chats,
    messages: integer("--messages", values.messages, d.messages, 1, 1_000),
    rate: integer("--rate", values.rate, d.rate, 1, 100_000),
    textLength: integer("--text", values.text, d.textLength, 1, 4_000),
    warmupChats: Math.min(chats, integer("--warmup", values.warmup, d.warmupChats, 0, 20_000)),
    drainMs: integer("--drain-ms", values["drain-ms"], d.drainMs, 0, 120_000),
  };
}

export function chatBenchUsage(): string {
  return USAGE;
}

function integer(flag: string, raw: string | undefined, fallback: number, min: number, max: number): number {
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max)
    throw new Error(`${flag} must be an integer from ${min} to ${max}, got "${raw}"`);
  return value;
}
