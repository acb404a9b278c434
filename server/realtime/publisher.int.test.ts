import net from "node:net";
import { once } from "node:events";
import { afterEach, describe, expect, it } from "vitest";
import {
  cleanup,
  connectClient,
  nextEvent,
  publisherFor,
  startServer,
  subscribe,
} from "@/server/testing/realtime-clients";

afterEach(cleanup);

describe("publishing to the realtime service", () => {
  it("reaches a subscriber with the event and its data", async () => {
    const { port } = await startServer();
    const client = await connectClient(port);
    const channel = await subscribe(client, "private-chat-c1");
    const received = nextEvent(channel, "queue-changed");

    const ok = await publisherFor(port).publish("private-chat-c1", "queue-changed", {
      chatId: "c1",
      state: "QUEUED",
    });

    expect(ok).toBe(true);
    expect(await received).toEqual({ chatId: "c1", state: "QUEUED" });
  });

  it("reports a refused publish (a wrong secret fails the signature check) and delivers nothing", async () => {
    const { port } = await startServer();
    const client = await connectClient(port);
    const channel = await subscribe(client, "private-chat-c2");
    const heard: unknown[] = [];
    channel.bind("queue-changed", (data: unknown) => heard.push(data));
    const logged: object[] = [];

    const publisher = publisherFor(port, "not-the-secret-0123456789", (_msg, extra) => logged.push(extra));
    const ok = await publisher.publish("private-chat-c2", "queue-changed", { chatId: "c2", state: "QUEUED" });

    expect(ok).toBe(false);
    expect(logged).toEqual([
      expect.objectContaining({ channel: "private-chat-c2", error: expect.stringContaining("401") }),
    ]);
    // A correct publish after it arrives alone: the refused one was not delivered late.
    const received = nextEvent(channel, "queue-changed");
    await publisherFor(port).publish("private-chat-c2", "queue-changed", {
      chatId: "c2",
      state: "ASSIGNED",
    });
    expect(await received).toEqual({ chatId: "c2", state: "ASSIGNED" });
    expect(heard).toEqual([{ chatId: "c2", state: "ASSIGNED" }]);
  });

  it("reports a service that does not answer, without throwing", async () => {
    // A port that was free a moment ago: nothing listens there.
    const probe = net.createServer().listen(0, "127.0.0.1");
    await once(probe, "listening");
    const { port } = probe.address() as net.AddressInfo;
    await new Promise((resolve) => probe.close(resolve));
    const ok = await publisherFor(port).publish("private-chat-c3", "queue-changed", {
      chatId: "c3",
      state: "QUEUED",
    });
    expect(ok).toBe(false);
  });
});
