import PusherServer from "pusher";
import { afterEach, describe, expect, it, vi } from "vitest";
import { ENVELOPE_BYTES, MAX_BATCH_EVENTS } from "./protocol";
import {
  APP,
  cleanup,
  connectClient,
  fence,
  nextEvent,
  record,
  sdk,
  startServer,
  subscribe,
} from "@/server/testing/realtime-clients";

afterEach(async () => {
  vi.useRealTimers();
  await cleanup();
});

/** Status of an SDK call: 200 on success, the HTTP status of the RequestError otherwise. */
async function statusOf(request: Promise<{ status: number }>): Promise<number> {
  try {
    return (await request).status;
  } catch (error) {
    if (error instanceof PusherServer.RequestError && error.status) return error.status;
    throw error;
  }
}

/** A request signed by the SDK; `send` lets a test change what actually goes over the wire. */
function signedRequest(
  port: number,
  method: string,
  subPath: string,
  signedBody?: string,
  params?: Record<string, string>,
) {
  const path = `/apps/${APP.appId}${subPath}`;
  const query = sdk(port).createSignedQueryString({ method, path, body: signedBody, params });
  return {
    send: (body = signedBody, tamper: (query: string) => string = (q) => q) =>
      fetch(`http://127.0.0.1:${port}${path}?${tamper(query)}`, {
        method,
        body,
        headers: body === undefined ? {} : { "content-type": "application/json" },
      }),
  };
}

describe("publishing events", () => {
  it("delivers a trigger to every listed channel and answers {}", async () => {
    const { port } = await startServer();
    const client = await connectClient(port);
    const publicChannel = await subscribe(client, "orders");
    const privateChannel = await subscribe(client, "private-user-7");

    const received = Promise.all([nextEvent(publicChannel, "status"), nextEvent(privateChannel, "status")]);
    const response = await sdk(port).trigger(["orders", "private-user-7"], "status", { state: "paid" });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({});
    expect(await received).toEqual([{ state: "paid" }, { state: "paid" }]);
  });

  it("delivers each event of a batch to its own channel", async () => {
    const { port } = await startServer();
    const client = await connectClient(port);
    const orders = await subscribe(client, "orders");
    const invoices = await subscribe(client, "invoices");

    const received = Promise.all([nextEvent(orders, "created"), nextEvent(invoices, "issued")]);
    const response = await sdk(port).triggerBatch([
      { channel: "orders", name: "created", data: { id: 1 } },
      { channel: "invoices", name: "issued", data: "INV-9" },
    ]);
    expect(await response.json()).toEqual({});
    expect(await received).toEqual([{ id: 1 }, "INV-9"]);
  });

  it("skips the socket named in socket_id", async () => {
    const { port } = await startServer();
    const author = await connectClient(port);
    const reader = await connectClient(port);
    const authorChannel = await subscribe(author, "private-chat");
    const authorEvents = record(authorChannel);
    const readerChannel = await subscribe(reader, "private-chat");

    const atReader = nextEvent(readerChannel, "message");
    await sdk(port).trigger("private-chat", "message", { text: "hi" }, { socket_id: author.connection.socket_id });
    expect(await atReader).toEqual({ text: "hi" });
    await fence(port, "private-chat", [readerChannel, authorChannel]);
    expect(authorEvents).toEqual([{ event: expect.stringMatching(/^fence-/), data: {} }]);
  });

  it("refuses event data over the payload limit with 413 and accepts data at the limit", async () => {
    const { port } = await startServer();
    expect(await statusOf(sdk(port).trigger("orders", "big", "x".repeat(10 * 1024)))).toBe(200);
    expect(await statusOf(sdk(port).trigger("orders", "big", "x".repeat(10 * 1024 + 1)))).toBe(413);
  });

  it("refuses a request body over the buffer limit with 413", async () => {
    const { port } = await startServer({ maxPayloadBytes: 1024 });
    const body = JSON.stringify({
      name: "e",
      channel: "orders",
      data: "x".repeat(1024 * MAX_BATCH_EVENTS + ENVELOPE_BYTES),
    });
    const response = await signedRequest(port, "POST", "/events", body).send();
    expect(response.status).toBe(413);
  });

  it("answers 400 to malformed JSON and invalid events", async () => {
    const { port } = await startServer();
    const malformed = await signedRequest(port, "POST", "/events", "{not json").send();
    expect(malformed.status).toBe(400);
    expect(await malformed.json()).toMatchObject({ error: "Body is not valid JSON" });

    const tooMany = Array.from({ length: MAX_BATCH_EVENTS + 1 }, () => ({ channel: "orders", name: "e", data: "" }));
    expect(await statusOf(sdk(port).triggerBatch(tooMany))).toBe(400);
    const noChannel = JSON.stringify({ name: "e", data: "x" });
    expect((await signedRequest(port, "POST", "/events", noChannel).send()).status).toBe(400);
  });

  it("answers 404 to an unknown app id", async () => {
    const { port } = await startServer();
    const otherApp = new PusherServer({ ...APP, appId: "999", host: "127.0.0.1", port: String(port), useTLS: false });
    expect(await statusOf(otherApp.trigger("orders", "e", {}))).toBe(404);
  });
});

describe("request signatures", () => {
  it("rejects tampered, unsigned and wrongly keyed requests with 401 and delivers nothing", async () => {
    const { port } = await startServer();
    const client = await connectClient(port);
    const channel = await subscribe(client, "orders");
    const events = record(channel);

    const signedBody = JSON.stringify({ name: "refund", channel: "orders", data: "10" });
    const request = signedRequest(port, "POST", "/events", signedBody);
    const otherBody = JSON.stringify({ name: "refund", channel: "orders", data: "10000" });
    expect((await request.send(otherBody)).status).toBe(401);
    const withoutSignature = (q: string) => q.replace(/&auth_signature=[0-9a-f]+/, "");
    expect((await request.send(signedBody, withoutSignature)).status).toBe(401);
    const list = signedRequest(port, "GET", "/channels", undefined, { filter_by_prefix: "presence-" });
    expect((await list.send(undefined, (q) => q.replace("presence-", "private-"))).status).toBe(401);
    expect(await statusOf(sdk(port, "wrong-secret").trigger("orders", "refund", "10"))).toBe(401);

    const refund = nextEvent(channel, "refund");
    expect((await request.send()).status).toBe(200); // the untouched request is fine
    await refund;
    expect(events).toEqual([{ event: "refund", data: 10 }]);
  });

  it("rejects timestamps more than 600 s away from the server clock", async () => {
    const { port } = await startServer();
    const now = Date.now();
    // The SDK signs synchronously when called, so only the signing sees the shifted clock;
    // the server (same process) checks with the real one.
    const triggerSignedAt = (time: number) => {
      vi.useFakeTimers({ toFake: ["Date"], now: time });
      const response = sdk(port).trigger("orders", "e", {});
      vi.useRealTimers();
      return response;
    };
    expect(await statusOf(triggerSignedAt(now - 601_000))).toBe(401);
    expect(await statusOf(triggerSignedAt(now + 601_000))).toBe(401);
    expect(await statusOf(triggerSignedAt(now - 590_000))).toBe(200);
  });
});

describe("channel queries", () => {
  async function getJson(port: number, path: string, params?: Record<string, string>): Promise<unknown> {
    return (await sdk(port).get({ path, params })).json();
  }

  it("lists occupied channels, filters by prefix and reports counts", async () => {
    const { port } = await startServer();
    const ann = await connectClient(port, { user: { user_id: "ann" } });
    const ben = await connectClient(port, { user: { user_id: "ben" } });
    for (const name of ["news", "private-user-1", "presence-room-a"]) await subscribe(ann, name);
    for (const name of ["news", "presence-room-a", "presence-room-b"]) await subscribe(ben, name);

    expect(await getJson(port, "/channels")).toEqual({
      channels: { news: {}, "private-user-1": {}, "presence-room-a": {}, "presence-room-b": {} },
    });
    expect(await getJson(port, "/channels", { filter_by_prefix: "presence-", info: "user_count" })).toEqual({
      channels: { "presence-room-a": { user_count: 2 }, "presence-room-b": { user_count: 1 } },
    });
    expect(await getJson(port, "/channels/news", { info: "subscription_count" })).toEqual({
      occupied: true,
      subscription_count: 2,
    });
    expect(await getJson(port, "/channels/empty-room")).toEqual({ occupied: false });
    expect(await getJson(port, "/channels/presence-room-a/users")).toEqual({ users: [{ id: "ann" }, { id: "ben" }] });
  });

  it("answers 400 to questions that only make sense for presence channels", async () => {
    const { port } = await startServer();
    const api = sdk(port);
    expect(await statusOf(api.get({ path: "/channels", params: { info: "user_count" } }))).toBe(400);
    expect(await statusOf(api.get({ path: "/channels/news", params: { info: "user_count" } }))).toBe(400);
    expect(await statusOf(api.get({ path: "/channels/news/users" }))).toBe(400);
  });
});
