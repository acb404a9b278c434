import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from "prom-client";
import { pageCacheOutcomes } from "@/server/http/public-page-cache";
import type { Db } from "@/server/db-client";
import { readOperationalGauges, type OperationalGauges } from "@/server/domain/observability/read-operational-gauges";
import { onChatDelivery } from "./chat-delivery-timing";

export interface PortalMetrics {
  registry: Registry;
  requestDuration: Histogram<"procedure" | "type" | "outcome">;
  chatDelivery: Histogram;
  gauges: Record<keyof OperationalGauges, Gauge>;
}

// One registry per process, however many module copies Next loads (metric names must be unique in it).
const globalForMetrics = globalThis as unknown as { portalMetrics?: PortalMetrics };

export function getPortalMetrics(): PortalMetrics {
  return (globalForMetrics.portalMetrics ??= createPortalMetrics());
}

function createPortalMetrics(): PortalMetrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const registers = [registry];
  const gauge = (name: string, help: string) => new Gauge({ name, help, registers });
  const metrics: PortalMetrics = {
    registry,
    requestDuration: new Histogram({
      name: "portal_request_duration_seconds",
      help: "tRPC procedure calls: time from the call to its result, by procedure, type and outcome (ok or the error code)",
      labelNames: ["procedure", "type", "outcome"] as const,
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers,
    }),
    chatDelivery: new Histogram({
      name: "portal_chat_message_delivery_seconds",
      help: "Chat messages sent by people: time from the message being stored to the realtime service accepting it",
      buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
      registers,
    }),
    gauges: {
      queuedChats: gauge("portal_chat_queue_length", "Chats waiting in the operator queue (QUEUED)"),
      activeChats: gauge("portal_chats_active", "Chats an operator is handling (ASSIGNED)"),
      outboxBacklog: gauge(
        "portal_outbox_backlog",
        "Outbox messages still to be sent (PENDING, including those waiting for a retry)",
      ),
      operatorsOnline: gauge("portal_operators_online", "Active staff accounts whose presence is ONLINE"),
    },
  };
  new Counter({
    name: "portal_page_cache_responses_total",
    help: "Visitors' landing and help search pages by outcome: hit (from the cache), miss (rendered for it), uncached (its render failed; rendered as usual)",
    labelNames: ["result"] as const,
    registers,
    // Counted by proxy.ts in another bundle of this process; read at scrape time.
    collect() {
      this.reset();
      for (const [result, count] of Object.entries(pageCacheOutcomes())) this.inc({ result }, count);
    },
  });
  onChatDelivery((seconds) => metrics.chatDelivery.observe(seconds));
  return metrics;
}

/** Prometheus text: the database gauges as of now (one query), then what this process measured. */
export async function renderMetrics(db: Db): Promise<string> {
  const metrics = getPortalMetrics();
  const values = await readOperationalGauges(db);
  for (const key of Object.keys(metrics.gauges) as Array<keyof OperationalGauges>) metrics.gauges[key].set(values[key]);
  return metrics.registry.metrics();
}
