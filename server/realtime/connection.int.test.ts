import { afterEach, describe, expect, it } from "vitest";
import { ENVELOPE_BYTES } from "./protocol";
import {
  APP,
  cleanup,
  connectClient,
  createClient,
  nextEvent,
  rawSocket,
  startServer,
  waitForState,
} from "@/server/testing/realtime-clients";

afterEach(cleanup);

const SOCKET_ID = /^\d+\.\d+$/;

describe("connection handshake", () => {
  it("lets real pusher-js connect and hands out a Pusher-style socket id", async () => {
    const { server, port } = await startServer();
    const client = await connectClient(port);

    expect(client.connection.socket_id).toMatch(SOCKET_ID);
    expect(server.stats()).toEqual({ listening: true, connections: 1, channels: 0 });
  });

  it("sends connection_established with the socket id and a non-zero activity_timeout in seconds", async () => {
    const { port } = await startServer();
    const { next } = await rawSocket(port);

    const frame = await next();
    expect(frame.event).toBe("pusher:connection_established");
    expect(typeof frame.data).toBe("string"); // double-encoded, as pusher-js expects
    const data = JSON.parse(frame.data as string) as { socket_id: string; activity_timeout: number };
    expect(data.socket_id).toMatch(SOCKET_ID);
    expect(data.activity_timeout).toBe(30);
  });

  it("refuses an unknown app key with error 4001 and pusher-js gives up", async () => {
    const { port } = await startServer();
    const raw = await rawSocket(port, "/app/no-such-key?protocol=7");
    expect(await raw.next()).toMatchObject({ event: "pusher:error", data: { code: 4001 } });
    expect(await raw.closed).toBe(4001);

    const client = createClient(port, { key: "no-such-key" });
    const error = await nextEvent<{ error: { data: { code: number } } }>(client.connection, "error");
    expect(error.error.data.code).toBe(4001);
    await waitForState(client, "disconnected");
  });

  it.each([
    ["/elsewhere?protocol=7", 4005],
    [`/app/${APP.key}`, 4008],
    [`/app/${APP.key}?protocol=5`, 4007],
  ])("refuses %s with error %i", async (path, code) => {
    const { port } = await startServer();
    const raw = await rawSocket(port, path);
    expect(await raw.next()).toMatchObject({ event: "pusher:error", data: { code } });
    expect(await raw.closed).toBe(code);
  });
});

describe("keep-alive", () => {
  it("answers pusher:ping with pusher:pong", async () => {
    const { port } = await startServer();
    const { socket, next } = await rawSocket(port);
    await next();

    socket.send(JSON.stringify({ event: "pusher:ping", data: {} }));
    expect(await next()).toEqual({ event: "pusher:pong", data: {} });
  });

  it("pings idle clients, keeps those that answer and drops those that do not", async () => {
    const { server, port } = await startServer({ activityTimeoutSec: 1 });
    const alive = await rawSocket(port);
    const dead = await rawSocket(port);
    await alive.next();
    await dead.next();

    expect(await alive.next()).toMatchObject({ event: "pusher:ping" });
    expect(await dead.next()).toMatchObject({ event: "pusher:ping" });
    alive.socket.send(JSON.stringify({ event: "pusher:pong", data: {} }));

    expect(await dead.closed).toBe(1006); // terminated without a close handshake
    expect(alive.socket.readyState).toBe(alive.socket.OPEN);
    await expect.poll(() => server.stats().connections).toBe(1);
    // The answering client is pinged again after the next idle period instead of dropped.
    expect(await alive.next()).toMatchObject({ event: "pusher:ping" });
  });
});

describe("frame handling", () => {
  it("answers malformed frames with pusher:error and keeps the connection", async () => {
    const { port } = await startServer();
    const { socket, next } = await rawSocket(port);
    await next();

    socket.send("this is not json");
    expect(await next()).toMatchObject({ event: "pusher:error", data: { code: 4300 } });
    socket.send(JSON.stringify({ event: "pusher:ping", data: {} }));
    expect(await next()).toMatchObject({ event: "pusher:pong" });
  });

  it("closes the connection with 1009 when a frame exceeds the payload limit", async () => {
    const maxPayloadBytes = 1024;
    const { server, port } = await startServer({ maxPayloadBytes });
    const { socket, next, closed } = await rawSocket(port);
    await next();

    socket.send(
      JSON.stringify({ event: "client-big", channel: "private-x", data: "x".repeat(maxPayloadBytes + ENVELOPE_BYTES) }),
    );
    expect(await closed).toBe(1009);
    await expect.poll(() => server.stats().connections).toBe(0);
  });
});
