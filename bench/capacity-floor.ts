/**
 * The chat capacity bench's floor: a bare `ws` relay that stores each message in the same PostgreSQL (one
 * INSERT, as the product must) before forwarding it to the other side of its pair. Nothing else: no HTTP,
 * no auth, no tRPC, no Prisma, no publish hop.
 */
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import pg from "pg";
import { WebSocket, WebSocketServer } from "ws";
import type { DeliveryTracker } from "./delivery-tracker";

export interface InsertFloor {
  send(pair: number, fromA: boolean, id: string, text: string): void;
  /** Where receipts go. */
  tracker: Pick<DeliveryTracker, "markReceived" | "markNotSent"> | null;
  close(): Promise<void>;
}

const CONNECT_BATCH = 100;

export async function openInsertFloor(databaseUrl: string, pairs: number, poolSize: number): Promise<InsertFloor> {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: poolSize });
  await pool.query(
    `CREATE TABLE IF NOT EXISTS bench_floor_message (id bigserial PRIMARY KEY, pair int NOT NULL, client_id text NOT NULL,
       body text NOT NULL, created_at timestamptz NOT NULL DEFAULT now())`,
  );
  const http = createServer();
  const wss = new WebSocketServer({ server: http });
  const sockets = new Map<string, WebSocket>();
  wss.on("connection", (socket, request) => {
    const url = new URL(request.url ?? "/", "http://localhost");
    const pair = Number(url.searchParams.get("pair"));
    const side = url.searchParams.get("side") ?? "";
    sockets.set(`${pair}:${side}`, socket);
    const partner = `${pair}:${side === "a" ? "b" : "a"}`;
    socket.on("message", (data) => {
      const { id, text } = JSON.parse(String(data)) as { id: string; text: string };
      pool
        .query(`INSERT INTO bench_floor_message (pair, client_id, body) VALUES ($1, $2, $3) RETURNING id`, [
          pair,
          id,
          text,
        ])
        .then(({ rows }) => sockets.get(partner)?.send(JSON.stringify({ id, seq: rows[0]?.id, text })))
        .catch(() => socket.send(JSON.stringify({ failed: id })));
    });
  });
  await new Promise<void>((resolve) => http.listen(0, "127.0.0.1", resolve));
  const { port } = http.address() as AddressInfo;

  const clients: WebSocket[] = [];
  const floor: InsertFloor = {
    tracker: null,
    send(pair, fromA, id, text) {
      clients[pair * 2 + (fromA ? 0 : 1)]!.send(JSON.stringify({ id, text }));
    },
    async close() {
      clients.forEach((client) => client.terminate());
      wss.close();
      await new Promise<void>((resolve) => http.close(() => resolve()));
      await pool.end();
    },
  };
  const open = (pair: number, side: "a" | "b") =>
    new Promise<WebSocket>((resolve, reject) => {
      const client = new WebSocket(`ws://127.0.0.1:${port}/?pair=${pair}&side=${side}`);
      client.on("message", (data) => {
        const message = JSON.parse(String(data)) as { id?: string; failed?: string };
        if (message.failed) floor.tracker?.markNotSent(message.failed, "INSERT failed");
        else if (message.id) floor.tracker?.markReceived(message.id);
      });
      client.once("open", () => resolve(client));
      client.once("error", reject);
    });
  for (let first = 0; first < pairs; first += CONNECT_BATCH) {
    const batch = Array.from({ length: Math.min(CONNECT_BATCH, pairs - first) }, (_, i) => first + i);
    const opened = await Promise.all(batch.map(async (pair) => [await open(pair, "a"), await open(pair, "b")]));
    clients.push(...opened.flat());
  }
  return floor;
}
