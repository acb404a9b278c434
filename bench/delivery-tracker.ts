/**
 * Bookkeeping for one measured phase: when each message left its sender, how often the
 * other side received it, and the latency of the first receipt. Counting by message id is
 * what lets the bench prove "exactly once" instead of assuming it.
 */
import { performance } from "node:perf_hooks";

export interface LatencySummary {
  /** Messages handed to the sending side (sends that threw are in `errors` instead). */
  sent: number;
  received: number;
  lost: number;
  duplicated: number;
  /** Receipts for ids this phase never sent (wrong routing). */
  unexpected: number;
  /** Sends that threw, and publishes the sender saw fail (the message may still have arrived), by reason. */
  errors: Record<string, number>;
  p50Ms: number;
  p90Ms: number;
  p99Ms: number;
  maxMs: number;
  /** First send to last receipt. */
  durationMs: number;
  /** Received messages per second over `durationMs`. */
  messagesPerSec: number;
  /** How late the pacer started sends compared with the plan; large values mean the process fell behind. */
  senderLagP99Ms: number;
}

interface Entry {
  sentAt: number;
  receipts: number;
  latencyMs: number;
}

export class DeliveryTracker {
  private readonly entries = new Map<string, Entry>();
  private readonly lags: number[] = [];
  private readonly errors: Record<string, number> = {};
  private unexpected = 0;
  private notSent = 0;
  private received = 0;
  private firstSentAt = Infinity;
  private lastReceivedAt = 0;
  private onProgress: (() => void) | undefined;

  /** Call right before handing the message to the sending side. */
  markSent(id: string, lagMs: number): void {
    const now = performance.now();
    this.entries.set(id, { sentAt: now, receipts: 0, latencyMs: 0 });
    this.lags.push(lagMs);
    if (now < this.firstSentAt) this.firstSentAt = now;
  }

  /** The send threw before anything was published: nothing to wait for. */
  markNotSent(id: string, reason: string): void {
    const entry = this.entries.get(id);
    if (entry && entry.receipts === 0) {
      this.entries.delete(id);
      this.notSent += 1;
    }
    this.noteError(reason);
    this.onProgress?.();
  }

  /** An error the sender saw that does not settle the message's fate (e.g. a publish that timed out). */
  noteError(reason: string): void {
    this.errors[reason] = (this.errors[reason] ?? 0) + 1;
  }

  /** Call from the receiving side's event handler. */
  markReceived(id: string): void {
    const now = performance.now();
    const entry = this.entries.get(id);
    if (!entry) {
      this.unexpected += 1;
      return;
    }
    entry.receipts += 1;
    if (entry.receipts > 1) return;
    entry.latencyMs = now - entry.sentAt;
    this.received += 1;
    this.lastReceivedAt = now;
    this.onProgress?.();
  }

  /** Resolves once all `planned` messages arrived or failed, or after `timeoutMs` (the rest count as lost). */
  async settled(planned: number, timeoutMs: number): Promise<void> {
    const done = () => this.received + this.notSent >= planned;
    if (done()) return;
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, timeoutMs);
      this.onProgress = () => {
        if (!done()) return;
        clearTimeout(timer);
        resolve();
      };
    });
    this.onProgress = undefined;
  }

  summary(): LatencySummary {
    const entries = [...this.entries.values()];
    const latencies = entries
      .filter((e) => e.receipts > 0)
      .map((e) => e.latencyMs)
      .sort((a, b) => a - b);
    const durationMs = Math.max(0, this.lastReceivedAt - this.firstSentAt);
    return {
      sent: entries.length,
      received: latencies.length,
      lost: entries.filter((e) => e.receipts === 0).length,
      duplicated: entries.filter((e) => e.receipts > 1).length,
      unexpected: this.unexpected,
      errors: { ...this.errors },
      p50Ms: percentile(latencies, 50),
      p90Ms: percentile(latencies, 90),
      p99Ms: percentile(latencies, 99),
      maxMs: latencies.at(-1) ?? 0,
      durationMs,
      messagesPerSec: durationMs > 0 ? (latencies.length * 1000) / durationMs : 0,
      senderLagP99Ms: percentile(
        [...this.lags].sort((a, b) => a - b),
        99,
      ),
    };
  }
}

/** Anything wrong with delivery: the bench fails when this is above 0. */
export function deliveryProblems(summary: LatencySummary): number {
  const errors = Object.values(summary.errors).reduce((sum, n) => sum + n, 0);
  return summary.lost + summary.duplicated + summary.unexpected + errors;
}

/** Nearest-rank percentile of an ascending array (0 for an empty one). */
export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1] ?? 0;
}
