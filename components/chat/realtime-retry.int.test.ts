import { setTimeout as sleep } from "node:timers/promises";
import { afterEach, expect, it } from "vitest";
import { retryAfterQuotaRefusal } from "./realtime-retry";
import {
  cleanup,
  connectClient,
  createClient,
  nextEvent,
  startServer,
  waitForState,
} from "@/server/testing/realtime-clients";

afterEach(cleanup);

it("tries again once, long after a quota refusal, and gets in when there is room", async () => {
  const { port } = await startServer({ limits: { maxConnections: 1 } });
  const occupant = await connectClient(port);
  const client = createClient(port);
  const attempts: number[] = [];
  client.connection.bind("state_change", ({ current }: { current: string }) => {
    if (current === "connecting") attempts.push(Date.now());
  });
  const stop = retryAfterQuotaRefusal(client, () => 1_500);

  await nextEvent(client.connection, "error");
  await waitForState(client, "disconnected");
  const refusedAt = Date.now();
  await sleep(1_000);
  expect(attempts.filter((at) => at > refusedAt)).toEqual([]); // neither pusher-js nor we hammer the full server

  occupant.disconnect();
  await waitForState(client, "connected", 3_000);
  stop();
});

it("stops trying once the tab lets go", async () => {
  const { port } = await startServer({ limits: { maxConnections: 1 } });
  await connectClient(port);
  const client = createClient(port);
  const stop = retryAfterQuotaRefusal(client, () => 300);
  await waitForState(client, "disconnected");

  stop();
  const states: string[] = [];
  client.connection.bind("state_change", ({ current }: { current: string }) => states.push(current));
  await sleep(600);
  expect(states).toEqual([]);
});
