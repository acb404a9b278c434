import type { Db } from "@/server/db-client";

/** More ids than this in one statement would only make the next waiters wait longer. */
const MAX_BATCH = 200;

interface Waiter {
  id: string;
  resolve: (deliveredAt: Date | null) => void;
  reject: (error: unknown) => void;
}

/**
 * Marks messages delivered once the realtime service took them. While one UPDATE runs, the messages announced
 * meanwhile wait and go together in the next one (a group commit): an idle instance marks each message at once, a
 * busy one runs one statement for many instead of one per message on its hottest path.
 */
class DeliveryMarks {
  private queue: Waiter[] = [];
  private running = false;

  constructor(private readonly db: Db) {}

  mark(id: string): Promise<Date | null> {
    return new Promise((resolve, reject) => {
      this.queue.push({ id, resolve, reject });
      if (!this.running) void this.flush();
    });
  }

  private async flush() {
    this.running = true;
    while (this.queue.length > 0) {
      const batch = this.queue.splice(0, MAX_BATCH);
      try {
        const rows = await this.db.$queryRaw<Array<{ id: string; deliveredAt: Date }>>`
          UPDATE "ChatMessage" SET "deliveredAt" = ${new Date()}
           WHERE "id" = ANY(${batch.map((waiter) => waiter.id)}::text[])
          RETURNING "id", "deliveredAt"`;
        const deliveredAt = new Map(rows.map((row) => [row.id, row.deliveredAt]));
        for (const waiter of batch) waiter.resolve(deliveredAt.get(waiter.id) ?? null);
      } catch (error) {
        for (const waiter of batch) waiter.reject(error);
      }
    }
    this.running = false;
  }
}

// One batch per database and process, however many copies of this module the process loads (Next's layers, the
// app server's bundle).
const registry = globalThis as unknown as { portalDeliveryMarks?: WeakMap<Db, DeliveryMarks> };
const marksByDb = (registry.portalDeliveryMarks ??= new WeakMap<Db, DeliveryMarks>());

/** When the message was marked delivered (null if it no longer exists); batched per database with concurrent marks. */
export function markDelivered(db: Db, messageId: string): Promise<Date | null> {
  let marks = marksByDb.get(db);
  if (!marks) marksByDb.set(db, (marks = new DeliveryMarks(db)));
  return marks.mark(messageId);
}
