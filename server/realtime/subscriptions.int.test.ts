import { afterEach, describe, expect, it } from "vitest";
import {
  cleanup,
  connectClient,
  fence,
  nextEvent,
  rawSocket,
  record,
  sdk,
  startServer,
  subscribe,
} from "@/server/testing/realtime-clients";

afterEach(cleanup);

describe("subscriptions", () => {
  it.each(["orders", "private-user-42", "presence-support-room"])(
    "subscribes to %s and receives events triggered through the SDK",
    async (name) => {
      const { server, port } = await startServer();
      const client = await connectClient(port, { user: { user_id: "u1" } });
      const channel = await subscribe(client, name);
      expect(server.stats().channels).toBe(1);

      const received = nextEvent(channel, "order-updated");
      await sdk(port).trigger(name, "order-updated", { id: 7, status: "shipped" });
      expect(await received).toEqual({ id: 7, status: "shipped" });
    },
  );

  it.each(["private-user-42", "presence-support-room"])(
    "refuses %s when the authorization is signed with the wrong secret",
    async (name) => {
      const { server, port } = await startServer();
      const client = await connectClient(port, { authSecret: "not-the-secret", user: { user_id: "u1" } });

      const channel = client.subscribe(name);
      const error = await nextEvent(channel, "pusher:subscription_error");
      expect(error).toEqual({ type: "AuthError", error: "Invalid signature", status: 401 });
      expect(server.stats().channels).toBe(0);
    },
  );

  it("refuses private and presence subscriptions without auth or channel_data", async () => {
    const { port } = await startServer();
    const { socket, next } = await rawSocket(port);
    await next();

    socket.send(JSON.stringify({ event: "pusher:subscribe", data: { channel: "private-a" } }));
    expect(await next()).toMatchObject({
      event: "pusher:subscription_error",
      channel: "private-a",
      data: { status: 401 },
    });
    socket.send(JSON.stringify({ event: "pusher:subscribe", data: { channel: "presence-a", auth: "test-key:00" } }));
    expect(await next()).toMatchObject({
      event: "pusher:subscription_error",
      channel: "presence-a",
      data: { status: 401 },
    });
    socket.send(JSON.stringify({ event: "pusher:subscribe", data: { channel: "bad name!" } }));
    expect(await next()).toMatchObject({ event: "pusher:subscription_error", data: { status: 400 } });
  });

  it("stops delivering after unsubscribe and forgets the empty channel", async () => {
    const { server, port } = await startServer();
    const leaver = await connectClient(port);
    const stayer = await connectClient(port);
    const leaving = await subscribe(leaver, "news");
    const staying = await subscribe(stayer, "news");
    const leaverEvents = record(leaving);

    leaver.unsubscribe("news");
    await expect.poll(async () => (await channelInfo(port, "news")).subscription_count).toBe(1);
    await sdk(port).trigger("news", "headline", "after unsubscribe");
    await fence(port, "news", [staying]);
    expect(leaverEvents).toEqual([]);

    stayer.unsubscribe("news");
    await expect.poll(() => server.stats().channels).toBe(0);
  });

  it("releases a disconnected client's subscriptions", async () => {
    const { server, port } = await startServer();
    const client = await connectClient(port);
    await subscribe(client, "news");
    await subscribe(client, "private-user-1");
    expect(server.stats()).toMatchObject({ connections: 1, channels: 2 });

    client.disconnect();
    await expect.poll(() => server.stats()).toMatchObject({ connections: 0, channels: 0 });
  });
});

describe("subscriptions per connection", () => {
  it("are capped at 100 by default: the 101st channel is refused with LimitReached, the others stay", async () => {
    const { server, port } = await startServer();
    const { socket, next } = await rawSocket(port);
    await next();
    const subscribeTo = (channel: string) =>
      socket.send(JSON.stringify({ event: "pusher:subscribe", data: { channel } }));

    for (let i = 0; i < 100; i += 1) subscribeTo(`news-${i}`);
    for (let i = 0; i < 100; i += 1) {
      expect(await next()).toMatchObject({ event: "pusher_internal:subscription_succeeded", channel: `news-${i}` });
    }
    subscribeTo("news-100");
    expect(await next()).toMatchObject({
      event: "pusher:subscription_error",
      channel: "news-100",
      data: { type: "LimitReached", status: 4100, error: expect.stringMatching(/100 channels/) },
    });
    expect(server.stats().channels).toBe(100);

    // A channel it already has is confirmed again without a new slot; leaving one frees a slot.
    subscribeTo("news-7");
    expect(await next()).toMatchObject({ event: "pusher_internal:subscription_succeeded", channel: "news-7" });
    socket.send(JSON.stringify({ event: "pusher:unsubscribe", data: { channel: "news-0" } }));
    subscribeTo("news-100");
    expect(await next()).toMatchObject({ event: "pusher_internal:subscription_succeeded", channel: "news-100" });
  });

  it("tell pusher-js which channel went past a configured cap, and count per connection", async () => {
    const { port } = await startServer({ limits: { maxSubscriptionsPerConnection: 2 } });
    const client = await connectClient(port);
    await subscribe(client, "private-user-1");
    await subscribe(client, "news");

    const error = nextEvent(client.subscribe("weather"), "pusher:subscription_error");
    expect(await error).toMatchObject({ type: "LimitReached", status: 4100 });
    await subscribe(await connectClient(port), "weather");
  });
});

async function channelInfo(port: number, name: string): Promise<{ subscription_count: number }> {
  const response = await sdk(port).get({ path: `/channels/${name}`, params: { info: "subscription_count" } });
  return (await response.json()) as { subscription_count: number };
}
