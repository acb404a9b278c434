/**
 * Small HTTP load generators on node:http with keep-alive (autocannon is not a dependency):
 * a closed loop of N users (each sends, waits, sends again: requests/s at a concurrency) and
 * an open loop at a fixed rate (each request starts on time, so a slow server shows as
 * latency instead of fewer requests — no coordinated omission).
 */
import http from "node:http";
import { performance } from "node:perf_hooks";
import { percentile, type LatencySummary } from "./delivery-tracker";

export interface HttpCall {
  method: "GET" | "POST";
  path: string;
  headers?: Record<string, string>;
  body?: string;
}

export interface HttpReply {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

export interface HttpClient {
  call(request: HttpCall): Promise<HttpReply>;
  close(): void;
}

export function createHttpClient(port: number, maxSockets: number, host = "127.0.0.1"): HttpClient {
  const agent = new http.Agent({ keepAlive: true, maxSockets });
  const send = (request: HttpCall, retried: boolean): Promise<HttpReply> =>
    new Promise((resolve, reject) => {
      const body = request.body === undefined ? undefined : Buffer.from(request.body);
      const headers = {
        ...request.headers,
        ...(body ? { "content-type": "application/json", "content-length": String(body.length) } : {}),
      };
      const req = http.request({ host, port, method: request.method, path: request.path, headers, agent }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("end", () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString("utf8") }),
        );
        res.on("error", reject);
      });
      req.setTimeout(30_000, () => req.destroy(new Error("timeout")));
      req.on("error", (error: NodeJS.ErrnoException) => {
        // A kept-alive connection the server closed as idle just as it was reused: sent again once on a new
        // connection, as browsers do (Node's documented pattern). Our calls are GETs or chat.send with a clientId.
        if (!retried && req.reusedSocket && error.code === "ECONNRESET") send(request, true).then(resolve, reject);
        else reject(error);
      });
      req.end(body);
    });
  return { call: (request) => send(request, false), close: () => agent.destroy() };
}

/** One request of a load run: resolves to null when it succeeded, or to a short reason. */
export type LoadRequest = (user: number, iteration: number) => Promise<string | null>;

/** Latencies (ms) and failures of one run; `summary()` turns them into the bench's shape. */
export class RequestRecorder {
  readonly latencies: number[] = [];
  /** When each answered request was due, in ms from the start of the run (open loop only). */
  readonly plannedAt: number[] = [];
  readonly lags: number[] = [];
  readonly errors: Record<string, number> = {};
  failed = 0;

  async time(request: () => Promise<string | null>, lagMs = 0, plannedAtMs = 0): Promise<void> {
    const started = performance.now();
    this.lags.push(lagMs);
    let failure: string | null;
    try {
      failure = await request();
    } catch (error) {
      failure = error instanceof Error ? error.message.slice(0, 60) : "error";
    }
    // Latency runs from the planned start: a late start is the server's fault too.
    if (failure === null) {
      this.latencies.push(performance.now() - started + lagMs);
      this.plannedAt.push(plannedAtMs);
    } else {
      this.failed += 1;
      this.errors[failure] = (this.errors[failure] ?? 0) + 1;
    }
  }

  /** A latency measured by someone else's clock (the browser's paint time, say). */
  record(latencyMs: number): void {
    this.lags.push(0);
    this.latencies.push(latencyMs);
    this.plannedAt.push(0);
  }

  summary(durationMs: number): LatencySummary {
    const sorted = [...this.latencies].sort((a, b) => a - b);
    const ok = sorted.length;
    return {
      sent: ok + this.failed,
      received: ok,
      lost: 0,
      duplicated: 0,
      unexpected: 0,
      errors: { ...this.errors },
      p50Ms: percentile(sorted, 50),
      p90Ms: percentile(sorted, 90),
      p99Ms: percentile(sorted, 99),
      maxMs: sorted.at(-1) ?? 0,
      durationMs,
      messagesPerSec: durationMs > 0 ? (ok * 1000) / durationMs : 0,
      senderLagP99Ms: percentile(
        [...this.lags].sort((a, b) => a - b),
        99,
      ),
    };
  }
}

/** p99 latency of the answered requests by when they were due, per `windowMs` of the run: shows warm-up and stalls. */
export function p99ByWindow(recorders: RequestRecorder[], windowMs: number): number[] {
  const windows: number[][] = [];
  for (const recorder of recorders) {
    recorder.latencies.forEach((latency, i) =>
      (windows[Math.floor(recorder.plannedAt[i]! / windowMs)] ??= []).push(latency),
    );
  }
  return Array.from(windows, (latencies) =>
    percentile(
      (latencies ?? []).sort((a, b) => a - b),
      99,
    ),
  );
}

/** `users` concurrent loops for `durationMs`; requests still running at the end are waited for and counted. */
export async function runClosedLoop(users: number, durationMs: number, request: LoadRequest): Promise<LatencySummary> {
  const recorder = new RequestRecorder();
  const started = performance.now();
  const deadline = started + durationMs;
  await Promise.all(
    Array.from({ length: users }, async (_, user) => {
      for (let i = 0; performance.now() < deadline; i++) await recorder.time(() => request(user, i));
    }),
  );
  return recorder.summary(performance.now() - started);
}

/** Starts `rate` requests a second for `durationMs`, whatever the answers' pace; each is timed by the recorder `recorderFor` picks. */
export async function runOpenLoop(
  rate: number,
  durationMs: number,
  request: (index: number) => Promise<string | null>,
  recorderFor: (index: number) => RequestRecorder,
): Promise<number> {
  const started = performance.now();
  const total = Math.floor((rate * durationMs) / 1000);
  const running: Promise<void>[] = [];
  let next = 0;
  await new Promise<void>((resolve) => {
    const tick = () => {
      const elapsed = performance.now() - started;
      while (next < total && (next * 1000) / rate <= elapsed) {
        const index = next++;
        const dueAt = (index * 1000) / rate;
        running.push(recorderFor(index).time(() => request(index), elapsed - dueAt, dueAt));
      }
      if (next >= total) return resolve();
      setTimeout(tick, Math.max(0, (next * 1000) / rate - (performance.now() - started)));
    };
    tick();
  });
  await Promise.all(running);
  return performance.now() - started;
}
