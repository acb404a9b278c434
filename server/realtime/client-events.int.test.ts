import type Pusher from "pusher-js";
import { afterEach, describe, expect, it } from "vitest";
import {
  cleanup,
  connectClient,
  fence,
  nextEvent,
  rawSocket,
  record,
  startServer,
  subscribe,
} from "@/server/testing/realtime-clients";

afterEach(cleanup);

type PusherErrorEvent = { type: string; data: { code: number; message: string } };

function nextPusherError(client: Pusher): Promise<PusherErrorEvent> {
  return nextEvent<PusherErrorEvent>(client.connection, "error");
}

describe("client events", () => {
  it("reach the other subscribers of a private channel and are never echoed to the sender", async () => {
    const { port } = await startServer();
    const alice = await connectClient(port);
    const bob = await connectClient(port);
    const aliceChannel = await subscribe(alice, "private-chat-1");
    const bobChannel = await subscribe(bob, "private-chat-1");
    const aliceEvents = record(aliceChannel);
    const bobEvents = record(bobChannel);

    const atBob = nextEvent(bobChannel, "client-typing");
    aliceChannel.trigger("client-typing", { typing: true });
    expect(await atBob).toEqual({ typing: true });

    const atAlice = nextEvent(aliceChannel, "client-typing");
    bobChannel.trigger("client-typing", { typing: false });
    expect(await atAlice).toEqual({ typing: false });

    await fence(port, "private-chat-1", [aliceChannel, bobChannel]);
    const fenceEvent = { event: expect.stringMatching(/^fence-/), data: {} };
    expect(aliceEvents).toEqual([{ event: "client-typing", data: { typing: false } }, fenceEvent]);
    expect(bobEvents).toEqual([{ event: "client-typing", data: { typing: true } }, fenceEvent]);
  });

  it("tell presence receivers which user sent them", async () => {
    const { port } = await startServer();
    const alice = await connectClient(port, { user: { user_id: "alice" } });
    const bob = await connectClient(port, { user: { user_id: "bob" } });
    const aliceChannel = await subscribe(alice, "presence-chat-1");
    const bobChannel = await subscribe(bob, "presence-chat-1");

    const received = new Promise<[unknown, unknown]>((resolve) =>
      bobChannel.bind("client-hello", (data: unknown, metadata: unknown) => resolve([data, metadata])),
    );
    aliceChannel.trigger("client-hello", "hi bob");
    expect(await received).toEqual(["hi bob", { user_id: "alice" }]);
  });

  it("are refused on public channels", async () => {
    const { port } = await startServer();
    const alice = await connectClient(port);
    const bob = await connectClient(port);
    const aliceChannel = await subscribe(alice, "lobby");
    const bobEvents = record(await subscribe(bob, "lobby"));

    const error = nextPusherError(alice);
    aliceChannel.trigger("client-shout", "hello everyone");
    expect((await error).data).toMatchObject({ code: 4301, message: expect.stringMatching(/private and presence/) });

    await fence(port, "lobby", [aliceChannel]);
    expect(bobEvents.map((e) => e.event)).not.toContain("client-shout");
  });

  it("are refused on channels the sender has not subscribed to", async () => {
    const { port } = await startServer();
    const bob = await connectClient(port);
    const bobChannel = await subscribe(bob, "private-chat-2");
    const bobEvents = record(bobChannel);
    const { socket, next } = await rawSocket(port);
    await next();

    socket.send(JSON.stringify({ event: "client-sneak", channel: "private-chat-2", data: {} }));
    expect(await next()).toMatchObject({ event: "pusher:error", data: { code: 4301 } });
    await fence(port, "private-chat-2", [bobChannel]);
    expect(bobEvents.map((e) => e.event)).not.toContain("client-sneak");
  });

  it("are refused when the data exceeds the payload limit, without dropping the connection", async () => {
    const { port } = await startServer({ maxPayloadBytes: 1024 });
    const alice = await connectClient(port);
    const bob = await connectClient(port);
    const aliceChannel = await subscribe(alice, "private-chat-3");
    const bobChannel = await subscribe(bob, "private-chat-3");
    const bobEvents = record(bobChannel);

    const error = nextPusherError(alice);
    aliceChannel.trigger("client-big", "x".repeat(2000));
    expect((await error).data.code).toBe(4301);

    const small = nextEvent(bobChannel, "client-small");
    aliceChannel.trigger("client-small", "fits");
    expect(await small).toBe("fits");
    // Frames arrive in order, so had the big event been relayed it would be listed first.
    expect(bobEvents).toEqual([{ event: "client-small", data: "fits" }]);
  });

  it("are rate limited per connection: past 10 a second the sender gets 4301 and the event is dropped", async () => {
    // The server's clock stands still during the burst, so no allowance refills however slow the machine is.
    let now = 0;
    const { port } = await startServer({ clock: () => now });
    const alice = await connectClient(port);
    const bob = await connectClient(port);
    const aliceChannel = await subscribe(alice, "private-chat-4");
    const bobChannel = await subscribe(bob, "private-chat-4");
    const bobEvents = record(bobChannel);
    const errors: PusherErrorEvent[] = [];
    alice.connection.bind("error", (error: PusherErrorEvent) => errors.push(error));

    for (let i = 0; i < 15; i += 1) aliceChannel.trigger("client-burst", i);
    await expect.poll(() => errors.length).toBe(5);
    expect(errors[0]?.data).toMatchObject({ code: 4301, message: expect.stringMatching(/rate limit/) });
    // A marker on alice's own socket: frames keep their order, so once bob has it, the burst is all relayed.
    now += 100;
    const marker = nextEvent(bobChannel, "client-marker");
    aliceChannel.trigger("client-marker", "end of burst");
    expect(await marker).toBe("end of burst");
    expect(bobEvents.filter((e) => e.event === "client-burst").map((e) => e.data)).toEqual([
      0, 1, 2, 3, 4, 5, 6, 7, 8, 9,
    ]);

    // The allowance refills at 10 a second and each connection has its own.
    const fromBob = nextEvent(aliceChannel, "client-reply");
    bobChannel.trigger("client-reply", "bob is not limited by alice");
    expect(await fromBob).toBe("bob is not limited by alice");
    now += 200; // two events' worth of refill
    const later = nextEvent(bobChannel, "client-later");
    aliceChannel.trigger("client-later", "after a pause");
    expect(await later).toBe("after a pause");
  });
});
