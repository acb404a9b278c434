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
    /** next-auth marks its cookies Secure only for an https NEXTAUTH_URL: production refuses http unless this says so. */
    ALLOW_INSECURE_NEXTAUTH_URL: flag.default(false),
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
    /** Proxies of ours in front of the app that append to X-Forwarded-For; 0: the app faces clients itself. */
    TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).default(0),
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
    // Bounds of our realtime server (server/realtime/main.ts); unset, each keeps the default in server/realtime/limits.ts.
    REALTIME_MAX_CONNECTIONS: z.coerce.number().int().min(1).optional(),
    /** Off unless set: subscribers behind carrier NAT share one address. */
    REALTIME_MAX_CONNECTIONS_PER_IP: z.coerce.number().int().min(1).optional(),
    /** Proxies in front of the realtime server that append to X-Forwarded-For; unset or 0: the socket address counts. */
    REALTIME_TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(10).optional(),
    REALTIME_MAX_SUBSCRIPTIONS_PER_CONNECTION: z.coerce.number().int().min(1).optional(),
    REALTIME_CLIENT_EVENTS_PER_SECOND: z.coerce.number().int().min(1).optional(),
    /** The survey's "would you recommend" (NPS) is asked of one subscriber at most once in this many days. */
    SURVEY_NPS_INTERVAL_DAYS: z.coerce.number().int().min(0).max(365).default(30),
    /** A self-service success is surveyed when the same action failed for the account within this many minutes. */
    SELF_SERVICE_SURVEY_WINDOW_MINUTES: z.coerce
      .number()
      .int()
      .min(1)
      .max(24 * 60)
      .default(30),
    /** A follow-up on a detractor or a missed dialog is due this many hours after it is raised. */
    FOLLOW_UP_DUE_HOURS: z.coerce
      .number()
      .min(1)
      .max(24 * 14)
      .default(24),
    /** The largest compensation (roubles) a supervisor may credit when resolving a follow-up. */
    FOLLOW_UP_COMPENSATION_LIMIT_RUB: z.coerce.number().int().min(0).max(100_000).default(500),
    /** The Moscow hour after which the morning quality report of yesterday is e-mailed. */
    DAILY_REPORT_HOUR: z.coerce.number().int().min(0).max(23).default(7),
    LOGIN_MAX_FAILURES_PER_ACCOUNT: z.coerce.number().int().min(1).default(5),
    LOGIN_MAX_FAILURES_PER_IP: z.coerce.number().int().min(1).default(30),
    LOGIN_BLOCK_MINUTES: z.coerce.number().int().min(1).default(15),
    /** A queued or assigned chat without a human reply after this long is a missed dialog. */
    CHAT_RESPONSE_SLA_SECONDS: z.coerce.number().int().min(5).max(3600).default(60),
    /** New chats visitors may open from one client address per hour; 0 turns it off (carrier NAT puts many behind one). */
    CHAT_STARTS_PER_IP_PER_HOUR: z.coerce.number().int().min(0).default(20),
    /** A workspace silent this long (no heartbeat) turns its operator AWAY. */
    OPERATOR_AWAY_AFTER_SECONDS: z.coerce.number().int().min(10).max(3600).default(45),
    /** How long visitors' landing page and help search are served from one render; 0 renders every request. */
    PUBLIC_PAGE_CACHE_SECONDS: z.coerce.number().int().min(0).max(300).default(10),
    /** Memory the cached pages may take in one process (a page over an eighth of it is not kept). */
    PUBLIC_PAGE_CACHE_MAX_MB: z.coerce.number().int().min(1).max(1024).default(32),
    /**
     * The app process's V8 heap (old space) in MB; 0 leaves Node's own limit (a quarter of the machine's memory, up to
     * 4 GB), under which V8 lets garbage pile up long before collecting it.
     */
    APP_MAX_HEAP_MB: z.coerce
      .number()
      .int()
      .refine((mb) => mb === 0 || mb >= 128, "must be 0 (Node's default) or at least 128")
      .default(384),
    LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
    // Web Push (VAPID, RFC 8292): without the pair, `npm start` on the embedded database generates one and keeps it.
    VAPID_PUBLIC_KEY: z.string().min(80, "must be the base64url P-256 public key").optional(),
    VAPID_PRIVATE_KEY: z.string().min(40, "must be the base64url P-256 private key").optional(),
    /** Who push services may contact about our pushes: a mailto: or https: URL. */
    VAPID_SUBJECT: z
      .string()
      .regex(/^(mailto:|https:\/\/).+/, "must be a mailto: or https:// URL")
      .default("mailto:support@example.com"),
    /** Bearer token for Prometheus scrapes of /api/metrics; without it only signed-in admins and supervisors may read. */
    METRICS_TOKEN: z.string().min(16, "must be at least 16 characters").optional(),
    /** Seals messenger inbox tokens (AES-256-GCM): 64 hex digits; generated once for the embedded setup. Without it, no inbox works. */
    CHANNEL_SECRETS_KEY: z
      .string()
      .regex(/^[0-9a-fA-F]{64}$/, "must be 64 hex digits (32 bytes)")
      .optional(),
    /** The Telegram Bot API, or a self-hosted Bot API server (or a test's fake one). */
    TELEGRAM_API_BASE_URL: z.url().default("https://api.telegram.org"),
    /** The VK API's method root (`{base}/messages.send`); a test's fake one. Calls carry v=5.199. */
    VK_API_BASE_URL: z.url().default("https://api.vk.com/method"),
    /** The Viber REST bot API (`{base}/send_message`). */
    VIBER_API_BASE_URL: z.url().default("https://chatapi.viber.com/pa"),
    /** The Graph API with its version (`{base}/me/messages`). */
    FACEBOOK_GRAPH_BASE_URL: z.url().default("https://graph.facebook.com/v21.0"),
    // Delivery of SMS and e-mail (server/channels/direct). Unset, each goes to the development transport (the log).
    /** smtp://user:password@host:587 (STARTTLS when the server offers it) or smtps://user:password@host:465. */
    SMTP_URL: z
      .string()
      .regex(/^smtps?:\/\/[^/\s]+(\/.*)?$/, "must be an smtp:// or smtps:// URL")
      .optional(),
    /** The From header of every e-mail, e.g. "Портал <no-reply@example.com>"; required with SMTP_URL. */
    SMTP_FROM: z
      .string()
      .regex(/^([^<>]*<)?[^\s@<>]+@[^\s@<>]+>?$/, "must be an address, optionally with a name: Name <a@b.c>")
      .optional(),
    /** The SMS gateway's endpoint each SMS is POSTed to. */
    SMS_GATEWAY_URL: z.url("must be an http(s) URL").optional(),
    /** The Authorization header's whole value for the gateway ("Bearer …", "Basic …"). */
    SMS_GATEWAY_AUTHORIZATION: z.string().min(1).optional(),
    /** The request body, with {{to}}, {{text}}, {{id}} and {{sender}} filled in. */
    SMS_GATEWAY_BODY_TEMPLATE: z
      .string()
      .refine((t) => t.includes("{{to}}") && t.includes("{{text}}"), "must contain {{to}} and {{text}}")
      .default('{"to":"{{to}}","text":"{{text}}","reference":"{{id}}","from":"{{sender}}"}'),
    SMS_GATEWAY_CONTENT_TYPE: z.enum(["json", "form"]).default("json"),
    SMS_GATEWAY_SENDER: z.string().min(1).max(11).optional(),
    /** Dot path of the gateway's message id in its JSON answer ("id", "messages.0.id"): kept for delivery receipts. */
    SMS_GATEWAY_MESSAGE_ID_PATH: z
      .string()
      .regex(/^[\w-]+(\.[\w-]+)*$/, "must be a dot path such as messages.0.id")
      .optional(),
    /** The secret the gateway's delivery receipts carry (POST /api/outbox/receipts?token=…); unset, receipts are refused. */
    SMS_GATEWAY_RECEIPT_TOKEN: z.string().min(16, "must be at least 16 characters").optional(),
    /** Dot paths of the message id and the status in a receipt's JSON body. */
    SMS_GATEWAY_RECEIPT_ID_PATH: z
      .string()
      .regex(/^[\w-]+(\.[\w-]+)*$/, "must be a dot path")
      .default("id"),
    SMS_GATEWAY_RECEIPT_STATUS_PATH: z
      .string()
      .regex(/^[\w-]+(\.[\w-]+)*$/, "must be a dot path")
      .default("status"),
    // Notices to subscribers (server/domain/notices).
    /** A balance the forecast says runs out within this many days gets a low-balance notice. */
    NOTICE_LOW_BALANCE_DAYS: z.coerce.number().int().min(1).max(30).default(3),
    /** How often accounts are checked for notices to raise. */
    NOTICES_SCAN_SECONDS: z.coerce.number().int().min(5).max(86_400).default(300),
    // Promised payment (server/domain/promised-payments): term, fee and limits in whole rubles.
    PROMISED_PAYMENT_DAYS: z.coerce.number().int().min(1).max(30).default(3),
    PROMISED_PAYMENT_FEE_RUB: z.coerce.number().int().min(0).max(1000).default(25),
    PROMISED_PAYMENT_MIN_RUB: z.coerce.number().int().min(1).default(50),
    PROMISED_PAYMENT_MAX_RUB: z.coerce.number().int().min(1).max(50_000).default(1000),
    /** A balance below this, or below the next monthly charge, may take one. */
    PROMISED_PAYMENT_LOW_BALANCE_RUB: z.coerce.number().int().min(0).default(100),
    /** true: one that expired unpaid does not stop a new one (by default its debt must be paid first). */
    PROMISED_PAYMENT_AGAIN_WHILE_OVERDUE: flag.default(false),
    // Collections reminders (server/domain/collections): one per account per interval, so many accounts per request.
    COLLECTIONS_REMINDER_INTERVAL_HOURS: z.coerce.number().int().min(1).max(720).default(24),
    COLLECTIONS_REMINDERS_PER_REQUEST: z.coerce.number().int().min(1).max(500).default(50),
    // Autopay (server/domain/autopay): how often triggers are checked, and how declines are retried.
    AUTOPAY_SCAN_SECONDS: z.coerce.number().int().min(5).max(86_400).default(60),
    /** Attempts per trigger, the first included, before the subscriber is told it was declined. */
    AUTOPAY_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(10).default(3),
    AUTOPAY_RETRY_MINUTES: z.coerce.number().int().min(1).max(1440).default(60),
    AUTOPAY_CHARGE_TIMEOUT_SECONDS: z.coerce.number().int().min(1).max(15).default(10),
    /** Set by `npm start` in demo mode when it runs the fake Bot API: a demo inbox is connected to it and /dev/messenger plays its users. */
    MESSENGER_SIMULATOR: flag.default(false),
  })
  .superRefine((env, context) => {
    if (env.SMTP_URL && !env.SMTP_FROM) {
      context.addIssue({ code: "custom", path: ["SMTP_FROM"], message: "is required with SMTP_URL" });
    }
    if (env.SMS_GATEWAY_CONTENT_TYPE === "json" && !isJsonTemplate(env.SMS_GATEWAY_BODY_TEMPLATE)) {
      context.addIssue({
        code: "custom",
        path: ["SMS_GATEWAY_BODY_TEMPLATE"],
        message: "must be JSON (with its placeholders inside strings) when SMS_GATEWAY_CONTENT_TYPE is json",
      });
    }
    if (env.PROMISED_PAYMENT_MIN_RUB > env.PROMISED_PAYMENT_MAX_RUB) {
      context.addIssue({
        code: "custom",
        path: ["PROMISED_PAYMENT_MIN_RUB"],
        message: "must not be more than PROMISED_PAYMENT_MAX_RUB",
      });
    }
    // A real database means production: its session cookies must not be ones a browser also sends over http.
    if (env.DATABASE_URL && !env.ALLOW_INSECURE_NEXTAUTH_URL && !env.NEXTAUTH_URL?.startsWith("https://")) {
      context.addIssue({
        code: "custom",
        path: ["NEXTAUTH_URL"],
        message:
          "must be the public https:// URL when DATABASE_URL is set (only then are session cookies Secure); ALLOW_INSECURE_NEXTAUTH_URL=true allows http",
      });
    }
  })
  .transform((env) => ({
    ...env,
    // Demo mode (seeded data, dev outbox page) is on for the embedded database unless turned off.
    DEMO_MODE: env.DEMO_MODE ?? !env.DATABASE_URL,
  }));

/** @param {string} template */
function isJsonTemplate(template) {
  try {
    JSON.parse(template.replace(/\{\{(to|text|id|sender)\}\}/g, "x"));
    return true;
  } catch {
    return false;
  }
}

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
