import type { Db } from "@/server/db-client";

export type DeliveryReceipt = "DELIVERED" | "UNDELIVERED";

// Final states as gateways name them (SMPP's stat: DELIVRD, UNDELIV, REJECTD, EXPIRED; HTTP gateways' words).
const FINAL: Record<string, DeliveryReceipt> = {
  delivered: "DELIVERED",
  delivrd: "DELIVERED",
  undelivered: "UNDELIVERED",
  undeliv: "UNDELIVERED",
  failed: "UNDELIVERED",
  rejected: "UNDELIVERED",
  rejectd: "UNDELIVERED",
  expired: "UNDELIVERED",
};

/** A gateway's status word → our final state; null for an intermediate one (queued, sent to the network). */
export function receiptOf(status: string): DeliveryReceipt | null {
  return FINAL[status.trim().toLowerCase()] ?? null;
}

/**
 * Records what the gateway reported about a message it accepted, by the id it gave. The first final state
 * wins: a repeated or late receipt changes nothing. Reports whether a message was updated.
 */
export async function recordDeliveryReceipt(
  db: Db,
  input: { providerRef: string; status: string; now: Date },
): Promise<"RECORDED" | "IGNORED" | "UNKNOWN_MESSAGE"> {
  const receipt = receiptOf(input.status);
  const known = await db.outboxMessage.findFirst({ where: { providerRef: input.providerRef }, select: { id: true } });
  if (!known) return "UNKNOWN_MESSAGE";
  if (!receipt) return "IGNORED";
  const { count } = await db.outboxMessage.updateMany({
    where: { id: known.id, receipt: null },
    data: { receipt, receiptAt: input.now },
  });
  return count === 1 ? "RECORDED" : "IGNORED";
}
