import type { PresenceChannel } from "pusher-js";
import { afterEach, expect, it } from "vitest";
import {
  cleanup,
  connectClient,
  nextEvent,
  record,
  sdk,
  startServer,
  subscribe,
} from "@/server/testing/realtime-clients";

afterEach(cleanup);

it("survives a server restart on the same port: pusher-js reconnects and resubscribes, nothing is replayed", async () => {
  const { server: first, port } = await startServer();
  const client = await connectClient(port, { user: { user_id: "u1" } });
  const orders = await subscribe(client, "private-orders");
  const room = (await subscribe(client, "presence-room")) as PresenceChannel;
  const events = record(orders);
  const firstSocketId = client.connection.socket_id;

  const delivered = nextEvent(orders, "before-restart");
  await sdk(port).trigger("private-orders", "before-restart", 1);
  await delivered;

  // pusher-js resubscribes every channel on its own once it is connected again.
  const ordersBack = nextEvent(orders, "pusher:subscription_succeeded");
  const roomBack = nextEvent(room, "pusher:subscription_succeeded");
  await first.stop();
  await expect(sdk(port).trigger("private-orders", "while-down", 2)).rejects.toThrow();
  const { server: second } = await startServer({ port });

  await Promise.all([ordersBack, roomBack]);
  expect(client.connection.state).toBe("connected");
  expect(client.connection.socket_id).not.toBe(firstSocketId);
  expect(room.members.count).toBe(1);
  expect(second.stats()).toEqual({ listening: true, connections: 1, channels: 2 });

  const afterRestart = nextEvent(orders, "after-restart");
  await sdk(port).trigger("private-orders", "after-restart", 3);
  await afterRestart;
  // The event published before the restart arrives once; the one sent while down never does.
  expect(events).toEqual([
    { event: "before-restart", data: 1 },
    { event: "after-restart", data: 3 },
  ]);
});
