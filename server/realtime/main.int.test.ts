/** `npx tsx server/realtime/main.ts` as its own process: its settings go through server/env.mjs. */
import { afterEach, expect, it } from "vitest";
import { APP, cleanup, rawSocket } from "@/server/testing/realtime-clients";
import { freePort, killAllSpawned, spawnTsx } from "@/server/testing/spawned-process";

afterEach(async () => {
  await cleanup();
  await killAllSpawned();
});

const credentials = { PUSHER_APP_ID: APP.appId, PUSHER_KEY: APP.key, PUSHER_SECRET: APP.secret };

it("takes its limits from the environment", async () => {
  const port = await freePort();
  const server = spawnTsx("server/realtime/main.ts", [], {
    ...credentials,
    PUSHER_PORT: String(port),
    REALTIME_MAX_CONNECTIONS: "1",
  });
  await server.waitForLine("realtime server listening");

  const first = await rawSocket(port);
  expect(await first.next()).toMatchObject({ event: "pusher:connection_established" });
  const second = await rawSocket(port);
  expect(await second.next()).toMatchObject({ event: "pusher:error", data: { code: 4004 } });
});

it("refuses to start on an invalid setting and names it", async () => {
  const server = spawnTsx("server/realtime/main.ts", [], {
    ...credentials,
    PUSHER_PORT: String(await freePort()),
    REALTIME_MAX_SUBSCRIPTIONS_PER_CONNECTION: "lots",
  });
  expect((await server.exited).code).toBe(1);
  expect(server.output()).toMatch(/REALTIME_MAX_SUBSCRIPTIONS_PER_CONNECTION/);
});
