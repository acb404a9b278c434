// `npm start`: validate the environment, build when the sources changed, migrate,
// seed the demo on the embedded database, then run the product and say how to use it.
import { spawn } from "node:child_process";
import path from "node:path";
import { parseEnv } from "@/server/env.mjs";
import { ensureAuthSecret, ensureChannelSecretsKey, ensureRealtimeSecret, ensureVapidKeys } from "./auth-secret";
import { appEnv } from "./app-env";
import { bundleAppServer } from "./app-server-bundle";
import { buildIfChanged } from "./build-if-changed";
import { migrateEmbedded } from "./migrate-embedded";
import { run } from "./run";
import { startFakeBotApi } from "@/server/channels/telegram/fake-bot-api";

const demoLogins = [
  "  subscriber   +79000000001 or 100000001 / subscriber-demo",
  "  operator     operator@demo.local / operator-demo  (also operator2@ … operator6@demo.local)",
  "  supervisor   supervisor@demo.local / supervisor-demo",
  "  marketer     marketer@demo.local / marketer-demo",
  "  admin        admin@demo.local / admin-demo",
];

// The binaries themselves, not npx: npx dies on SIGTERM instead of passing it on, and the app must get it to close cleanly.
const localBin = (name: string) => path.join("node_modules", ".bin", name);

async function main() {
  let settings;
  try {
    settings = parseEnv(process.env);
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
  const embedded = !settings.DATABASE_URL;
  const embeddedRealtime = !settings.PUSHER_HOST;
  const childEnv: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    NEXTAUTH_SECRET: ensureAuthSecret(settings),
    PUSHER_SECRET: ensureRealtimeSecret(settings),
    ...ensureVapidKeys(settings),
    CHANNEL_SECRETS_KEY: ensureChannelSecretsKey(settings),
    NEXTAUTH_URL: settings.NEXTAUTH_URL ?? `http://localhost:${settings.PORT}`,
    // The public page cache renders through the app's own port (server/http/public-page-cache.ts).
    PORT: String(settings.PORT),
    PGLITE_DATA_DIR: settings.PGLITE_DATA_DIR,
    // The app stops itself on SIGTERM/SIGINT: drains, closes the database cleanly (server/shutdown.ts).
    NEXT_MANUAL_SIG_HANDLE: "true",
  };

  // Demo mode without a Telegram of your own: the fake Bot API the tests use (in memory, on a free loopback port),
  // so the demo inbox has a Telegram to talk to and /dev/messenger has its people.
  const demoBotApi = settings.DEMO_MODE && !process.env.TELEGRAM_API_BASE_URL ? await startFakeBotApi() : null;
  if (demoBotApi) Object.assign(childEnv, { TELEGRAM_API_BASE_URL: demoBotApi.baseUrl, MESSENGER_SIMULATOR: "true" });

  await buildIfChanged(childEnv);
  const appServer = await bundleAppServer();
  if (embedded) {
    const applied = await migrateEmbedded(settings.PGLITE_DATA_DIR);
    console.log(applied.length ? `Applied migrations: ${applied.join(", ")}` : "The embedded database is up to date.");
  } else {
    await run("npx", ["prisma", "migrate", "deploy"], childEnv);
  }
  // Demo data goes only into the embedded database; a real one is seeded on request (npm run db:seed).
  if (embedded) await run("npx", ["tsx", "prisma/seed.ts"], childEnv);

  // The embedded Pusher-protocol server, unless PUSHER_HOST points at Pusher Channels or soketi. It validates the
  // same environment as above with the same defaults (server/env.mjs) and, without PUSHER_HOST, listens on 127.0.0.1.
  const realtime = embeddedRealtime
    ? spawn(localBin("tsx"), ["server/realtime/main.ts"], { stdio: "inherit", env: childEnv })
    : null;
  // Next behind our own HTTP server rather than `next start`, so the app knows each request's socket address.
  // Node itself on the compiled app server, neither tsx's loader (its memory: app-server-bundle.ts) nor the tsx
  // binary: that wrapper SIGKILLs its child when the child does not acknowledge a SIGTERM within 60 ms, which a busy
  // event loop (an embedded-database query) cannot, and a killed app leaves the embedded database unclosed. Node
  // delivers the signal to our handler once the loop is free.
  const app = spawn(process.execPath, [appServer], {
    stdio: "inherit",
    env: appEnv(childEnv, settings),
  });
  const stop = (signal: NodeJS.Signals) => {
    realtime?.kill(signal);
    app.kill(signal);
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  app.on("exit", (code) => {
    realtime?.kill("SIGTERM");
    void demoBotApi?.close();
    process.exit(code ?? 0);
  });
  realtime?.on("exit", (code) => {
    if (code) console.error(`The realtime server stopped (exit ${code}); chat falls back to reloading history.`);
  });

  const url = childEnv.NEXTAUTH_URL;
  console.log(
    `\nPortal: ${url}  (database: ${embedded ? `embedded, ${settings.PGLITE_DATA_DIR}` : "PostgreSQL"}; realtime: ${embeddedRealtime ? `embedded, port ${settings.PUSHER_PORT}` : settings.PUSHER_HOST})`,
  );
  if (settings.DEMO_MODE) console.log(`Demo logins:\n${demoLogins.join("\n")}\n`);
  if (demoBotApi)
    console.log(`Messenger simulator: ${url}/dev/messenger  (a fake Telegram Bot API at ${demoBotApi.baseUrl})\n`);
}

void main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
