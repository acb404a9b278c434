// @ts-check
// Environment is validated once, at start and at build, with one clear line per bad variable.
import { z } from "zod";

const flag = z.enum(["true", "false", "1", "0"]).transform((v) => v === "true" || v === "1");
const postgresUrl = z.string().regex(/^postgres(ql)?:\/\/.+/, "must be a postgres:// or postgresql:// URL");

export const envSchema = z
  .object({
    NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
    DATABASE_URL: postgresUrl.optional(),
    DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
    PGLITE_DATA_DIR: z.string().min(1).default(".data/pglite"),
    NEXTAUTH_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
    NEXTAUTH_URL: z.url("must be a URL such as http://localhost:3000").optional(),
    PORT: z.coerce.number().int().min(1).max(65535).default(3000),
    SESSION_MAX_AGE_HOURS: z.coerce
      .number()
      .min(0.05)
      .max(24 * 30)
      .default(12),
    DEMO_MODE: flag.optional(),
    REDIS_URL: z
      .string()
      .regex(/^rediss?:\/\/.+/, "must be a redis:// URL")
      .optional(),
    // Realtime (Pusher Channels protocol). Without PUSHER_HOST, `npm start` runs the embedded server.
    PUSHER_APP_ID: z.string().min(1).default("portal"),
    PUSHER_KEY: z.string().min(1).default("portal-key"),
    PUSHER_SECRET: z.string().min(16, "must be at least 16 characters").optional(),
    PUSHER_HOST: z.string().min(1).optional(),
    PUSHER_PORT: z.coerce.number().int().min(1).max(65535).default(6001),
    PUSHER_TLS: flag.default(false),
    PUSHER_CLUSTER: z.string().min(1).default("mt1"),
    /** Where browsers reach the realtime service, when not the page's own host. */
    PUSHER_PUBLIC_HOST: z.string().min(1).optional(),
    PUSHER_PUBLIC_PORT: z.coerce.number().int().min(1).max(65535).optional(),
    PUBLIC_REVIEW_URL: z.url().default("https://example.com/reviews"),
    LOGIN_MAX_FAILURES_PER_ACCOUNT: z.coerce.number().int().min(1).default(5),
    LOGIN_MAX_FAILURES_PER_IP: z.coerce.number().int().min(1).default(30),
    LOGIN_BLOCK_MINUTES: z.coerce.number().int().min(1).default(15),
    /** A queued or assigned chat without a human reply after this long is a missed dialog. */
    CHAT_RESPONSE_SLA_SECONDS: z.coerce.number().int().min(5).max(3600).default(60),
    /** A workspace silent this long (no heartbeat) turns its operator AWAY. */
    OPERATOR_AWAY_AFTER_SECONDS: z.coerce.number().int().min(10).max(3600).default(45),
    /** How long visitors' landing page and help search are served from one render; 0 renders every request. */
    PUBLIC_PAGE_CACHE_SECONDS: z.coerce.number().int().min(0).max(300).default(10),
    /** Memory the cached pages may take in one process (a page over an eighth of it is not kept). */
    PUBLIC_PAGE_CACHE_MAX_MB: z.coerce.number().int().min(1).max(1024).default(32),
    LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
    /** Bearer token for Prometheus scrapes of /api/metrics; without it only signed-in admins and supervisors may read. */
    METRICS_TOKEN: z.string().min(16, "must be at least 16 characters").optional(),
  })
  .transform((env) => ({
    ...env,
    // Demo mode (seeded data, dev outbox page) is on for the embedded database unless turned off.
    DEMO_MODE: env.DEMO_MODE ?? !env.DATABASE_URL,
  }));

/** @param {NodeJS.ProcessEnv | Record<string, string | undefined>} source */
export function parseEnv(source) {
  const cleaned = Object.fromEntries(Object.entries(source).map(([k, v]) => [k, v === "" ? undefined : v]));
  const result = envSchema.safeParse(cleaned);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  - ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid environment variables:\n${lines.join("\n")}`);
  }
  return result.data;
}

/** @type {ReturnType<typeof parseEnv> | undefined} */
let cached;
export function env() {
  cached ??= parseEnv(process.env);
  return cached;
}
