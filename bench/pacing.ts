/**
 * Open-loop pacing: every send has a planned moment and is started then, whether or not
 * earlier sends have finished. A closed loop (send, wait, send) would slow down exactly
 * when the system under test does and hide its latency ("coordinated omission").
 */
import { performance } from "node:perf_hooks";

export interface PlannedSend {
  /** Milliseconds after the phase starts. */
  atMs: number;
  chat: number;
  /** 0-based message number within the chat; even numbers go from side A, odd from side B. */
  index: number;
}

export interface PacingPlan {
  sends: PlannedSend[];
  /** Gap between two messages of one chat. */
  chatSpacingMs: number;
  /** Aggregate offered rate, messages per second. */
  offeredRate: number;
  /** When the last send is due. */
  spanMs: number;
}

/**
 * `chats` chats send `messages` each, evenly staggered so the aggregate rate is `rate`
 * msg/s, but one chat never faster than one message per `minChatSpacingMs` (people type
 * slowly, and the product's per-chat rate limit would refuse faster senders).
 */
export function planSends(chats: number, messages: number, rate: number, minChatSpacingMs: number): PacingPlan {
  const chatSpacingMs = Math.max((chats / rate) * 1000, minChatSpacingMs);
  const sends: PlannedSend[] = [];
  for (let index = 0; index < messages; index++) {
    for (let chat = 0; chat < chats; chat++) {
      sends.push({ atMs: index * chatSpacingMs + (chat / chats) * chatSpacingMs, chat, index });
    }
  }
  sends.sort((a, b) => a.atMs - b.atMs);
  return { sends, chatSpacingMs, offeredRate: (chats / chatSpacingMs) * 1000, spanMs: sends.at(-1)?.atMs ?? 0 };
}

/**
 * Starts `send` for each planned entry at its moment and resolves when all sends have
 * finished. `lagMs` tells the send how late the timer fired it.
 */
export async function runPlan(
  plan: PacingPlan,
  send: (entry: PlannedSend, lagMs: number) => Promise<void>,
): Promise<void> {
  const start = performance.now();
  const running: Promise<void>[] = [];
  let next = 0;
  await new Promise<void>((resolve) => {
    const tick = () => {
      const elapsed = performance.now() - start;
      while (next < plan.sends.length && (plan.sends[next]?.atMs ?? Infinity) <= elapsed) {
        const entry = plan.sends[next++]!;
        running.push(send(entry, elapsed - entry.atMs));
      }
      if (next >= plan.sends.length) return resolve();
      const wait = (plan.sends[next]?.atMs ?? 0) - (performance.now() - start);
      setTimeout(tick, Math.max(0, wait));
    };
    tick();
  });
  await Promise.all(running);
}
