// `npm run test:scale-out`: two app instances (two ports, no shared memory) on one real
// PostgreSQL, one Redis and one Pusher-protocol server, driven by Playwright: a chat that
// spans both instances and a sign-in limit counted across them. Needs TEST_DATABASE_URL
// and TEST_REDIS_URL (CI sets both to this machine's services).
import { randomBytes } from "node:crypto";
import pg from "pg";
import { buildIfChanged } from "./build-if-changed";
import { withBuildLock } from "./build-lock";
import { ensureChromium } from "./ensure-chromium";
import { freshRedisDatabase } from "./fresh-redis-database";
import { run } from "./run";

const serverUrl = process.env.TEST_DATABASE_URL;
const redisUrl = process.env.TEST_REDIS_URL;

async function withDatabase<T>(work: (url: string) => Promise<T>): Promise<T> {
  const name = `scale_out_${Date.now()}_${randomBytes(3).toString("hex")}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  try {
    const url = new URL(serverUrl!);
    url.pathname = `/${name}`;
    return await work(url.toString());
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }
}

async function main() {
  if (!serverUrl || !redisUrl) {
    console.log("TEST_DATABASE_URL and TEST_REDIS_URL are needed for the scale-out test; skipped.");
    return;
  }
  const chromium = await ensureChromium();
  await withBuildLock(() =>
    withDatabase(async (databaseUrl) => {
      // What every instance shares: the database, Redis, the realtime service and the secrets. Nothing else.
      const env: NodeJS.ProcessEnv = {
        ...process.env,
        NODE_ENV: "production",
        DATABASE_URL: databaseUrl,
        REDIS_URL: await freshRedisDatabase(redisUrl, 9),
        NEXTAUTH_SECRET: randomBytes(32).toString("hex"),
        PUSHER_HOST: "127.0.0.1",
        PUSHER_PORT: process.env.SCALE_OUT_PUSHER_PORT ?? "6201",
        PUSHER_SECRET: randomBytes(24).toString("hex"),
        PUSHER_APP_ID: "portal",
        PUSHER_KEY: "portal-key",
        DEMO_MODE: "true",
        // The instances answer on http://localhost, so their session cookies cannot be Secure.
        ALLOW_INSECURE_NEXTAUTH_URL: "true",
        CHROMIUM_PATH: chromium,
      };
      await buildIfChanged(env);
      await run("npx", ["prisma", "migrate", "deploy"], env);
      await run("npx", ["tsx", "prisma/seed.ts"], env);
      await run("npx", ["playwright", "test", "--config", "playwright.scale-out.config.ts"], env);
    }),
  );
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
