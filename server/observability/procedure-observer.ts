import type { TRPCError } from "@trpc/server";
import { requestLogger } from "@/server/log";
import { getPortalMetrics } from "./metrics-registry";

export interface ProcedureCall {
  path: string;
  type: "query" | "mutation" | "subscription";
  seconds: number;
  requestId?: string;
  /** The transport error the call ended with; null when it succeeded. */
  error: TRPCError | null;
}

// Internal errors logged here, so the HTTP handler's onError does not log them twice.
const logged = new WeakSet<TRPCError>();

/**
 * A debug line and a latency sample for every call. Internal errors are logged at error level with
 * their cause; the client only ever sees "INTERNAL" (errorFormatter in trpc.ts).
 */
export function recordProcedureCall(call: ProcedureCall): void {
  const outcome = call.error?.code ?? "ok";
  getPortalMetrics().requestDuration.observe({ procedure: call.path, type: call.type, outcome }, call.seconds);
  const line = {
    event: "trpc.call",
    path: call.path,
    type: call.type,
    durationMs: Math.round(call.seconds * 10_000) / 10,
    ok: call.error === null,
    ...(call.error ? { code: call.error.code } : {}),
  };
  const log = requestLogger(call.requestId);
  if (call.error?.code === "INTERNAL_SERVER_ERROR") {
    logged.add(call.error);
    log.error({ ...line, err: call.error.cause ?? call.error }, "procedure failed");
  } else {
    log.debug(line);
  }
}

export function wasLoggedAsInternal(error: TRPCError): boolean {
  return logged.has(error);
}
