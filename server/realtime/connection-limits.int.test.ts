import { setTimeout as sleep } from "node:timers/promises";
import { afterEach, describe, expect, it } from "vitest";
import {
  cleanup,
  connectClient,
  createClient,
  nextEvent,
  rawSocket,
  startServer,
  waitForState,
} from "@/server/testing/realtime-clients";

afterEach(cleanup);

const OVER_QUOTA = { event: "pusher:error", data: { code: 4004 } };

/** A raw connection that the server accepted (its first frame is connection_established). */
async function accepted(port: number, headers: Record<string, string> = {}) {
  const raw = await rawSocket(port, undefined, headers);
  expect(await raw.next()).toMatchObject({ event: "pusher:connection_established" });
  return raw;
}

/** A raw connection that the server refused over quota: error 4004, then close code 4004. */
async function refused(port: number, headers: Record<string, string> = {}) {
  const raw = await rawSocket(port, undefined, headers);
  expect(await raw.next()).toMatchObject(OVER_QUOTA);
  expect(await raw.closed).toBe(4004);
}

describe("connections per app", () => {
  it("refuses connections past the cap with 4004 and takes new ones once others have closed", async () => {
    const { server, port } = await startServer({ limits: { maxConnections: 2 } });
    const first = await accepted(port);
    await accepted(port);

    await refused(port);
    expect(server.stats().connections).toBe(2);

    first.socket.close();
    await expect.poll(() => server.stats().connections).toBe(1);
    await accepted(port);
  });

  it("makes pusher-js give up instead of retrying every second against a full server", async () => {
    const { port } = await startServer({ limits: { maxConnections: 1 } });
    await connectClient(port);

    const client = createClient(port);
    const error = await nextEvent<{ error: { data: { code: number } } }>(client.connection, "error");
    expect(error.error.data.code).toBe(4004);
    await waitForState(client, "disconnected");
    // pusher-js retries a 4100-4199 refusal after 1 s; a 4000-4099 one never. Wait past that second.
    const states: string[] = [];
    client.connection.bind("state_change", ({ current }: { current: string }) => states.push(current));
    await sleep(1_500);
    expect(states).toEqual([]);
  });
});

describe("connections per client address", () => {
  it("are not capped by default: a carrier NAT puts many subscribers behind one address", async () => {
    const { server, port } = await startServer();
    for (let i = 0; i < 30; i += 1) await accepted(port);
    expect(server.stats().connections).toBe(30);
  });

  it("are capped when configured, per address as the trusted proxy reports it", async () => {
    const { server, port } = await startServer({ limits: { maxConnectionsPerIp: 2, trustedProxyHops: 1 } });
    const crowded = { "x-forwarded-for": "203.0.113.7" };
    const first = await accepted(port, crowded);
    await accepted(port, crowded);

    await refused(port, crowded);
    // The proxy appends the address it saw; what the client wrote to the left of it does not count.
    await refused(port, { "x-forwarded-for": "6.6.6.6, 203.0.113.7" });
    await accepted(port, { "x-forwarded-for": "198.51.100.9" });

    first.socket.close();
    await expect.poll(() => server.stats().connections).toBe(2);
    await accepted(port, crowded);
  });

  it("count the socket's address when no proxy is trusted, whatever X-Forwarded-For the client writes", async () => {
    const { port } = await startServer({ limits: { maxConnectionsPerIp: 2 } });
    await accepted(port, { "x-forwarded-for": "192.0.2.1" });
    await accepted(port, { "x-forwarded-for": "192.0.2.2" });

    await refused(port, { "x-forwarded-for": "192.0.2.3" });
  });
});
