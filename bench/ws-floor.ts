/**
 * The floor: what relaying a message costs with nothing but `ws` on loopback. A bare
 * server forwards each frame from one socket of a pair to the other, untouched; the
 * clients send JSON of the same size as the chat's Pusher frames and parse what they get.
 */
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { WebSocket, WebSocketServer } from "ws";
import { DeliveryTracker } from "./delivery-tracker";
import { runPlan, type PacingPlan } from "./pacing";

export interface FloorPairs {
  /** Sends `id` from side A (index even) or side B of pair `pair`, padded to `frameBytes`. */
  send(pair: number, fromA: boolean, id: string): void;
  /** Where receipts go; swapped per phase so warm-up and measurement are counted apart. */
  tracker: DeliveryTracker;
  close(): Promise<void>;
}

const CONNECT_BATCH = 100;

export async function openFloor(pairs: number, frameBytes: number): Promise<FloorPairs> {
  const http = createServer();
  const wss = new WebSocketServer({ server: http });
  const sockets = new Map<string, WebSocket>();
  wss.on("connection", (socket, request) => {
    const url = new URL(request.url ?? "/", "http://localhost");
    const pair = url.searchParams.get("pair") ?? "";
    const side = url.searchParams.get("side") ?? "";
    sockets.set(`${pair}:${side}`, socket);
    const partner = `${pair}:${side === "a" ? "b" : "a"}`;
    socket.on("message", (data, isBinary) => sockets.get(partner)?.send(data, { binary: isBinary }));
  });
  await new Promise<void>((resolve) => http.listen(0, "127.0.0.1", resolve));
  const { port } = http.address() as AddressInfo;

  const clients: WebSocket[] = [];
  const floor: FloorPairs = {
    tracker: new DeliveryTracker(),
    send(pair, fromA, id) {
      const socket = clients[pair * 2 + (fromA ? 0 : 1)];
      socket?.send(padded(id, frameBytes));
    },
    async close() {
      for (const client of clients) client.terminate();
      wss.close();
      await new Promise<void>((resolve) => http.close(() => resolve()));
    },
  };

  try {
    for (let first = 0; first < pairs; first += CONNECT_BATCH) {
      const batch: Promise<WebSocket>[] = [];
      for (let pair = first; pair < Math.min(pairs, first + CONNECT_BATCH); pair++) {
        for (const side of ["a", "b"]) batch.push(connect(`ws://127.0.0.1:${port}/?pair=${pair}&side=${side}`, floor));
      }
      clients.push(...(await Promise.all(batch)));
    }
  } catch (error) {
    await floor.close();
    throw error;
  }
  return floor;
}

function connect(url: string, floor: FloorPairs): Promise<WebSocket> {
  const socket = new WebSocket(url);
  socket.on("message", (data) => {
    const { id } = JSON.parse(String(data)) as { id: string };
    floor.tracker.markReceived(id);
  });
  return new Promise((resolve, reject) => socket.once("open", () => resolve(socket)).once("error", reject));
}

function padded(id: string, frameBytes: number): string {
  const bare = JSON.stringify({ id, pad: "" });
  return JSON.stringify({ id, pad: "x".repeat(Math.max(0, frameBytes - bare.length)) });
}

/** Runs one paced phase over the floor's pairs and returns its tracker. */
export async function runFloorPhase(floor: FloorPairs, plan: PacingPlan, prefix: string): Promise<DeliveryTracker> {
  const tracker = new DeliveryTracker();
  floor.tracker = tracker;
  await runPlan(plan, async (entry, lagMs) => {
    const id = `${prefix}-${entry.chat}-${entry.index}`;
    tracker.markSent(id, lagMs);
    floor.send(entry.chat, entry.index % 2 === 0, id);
  });
  return tracker;
}
