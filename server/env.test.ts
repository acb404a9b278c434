import { describe, expect, it } from "vitest";
import { parseEnv } from "./env.mjs";

const production = { DATABASE_URL: "postgresql://u@h/db", NEXTAUTH_URL: "https://portal.example.com" };

describe("parseEnv", () => {
  it("runs on embedded defaults with nothing set", () => {
    const env = parseEnv({});
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.PORT).toBe(3000);
    expect(env.DEMO_MODE).toBe(true);
    expect(env.CHAT_STARTS_PER_IP_PER_HOUR).toBe(20);
  });

  it("turns demo mode off for a real database unless asked", () => {
    expect(parseEnv(production).DEMO_MODE).toBe(false);
    expect(parseEnv({ ...production, DEMO_MODE: "true" }).DEMO_MODE).toBe(true);
  });

  it("refuses a real database with an http or missing public URL unless insecure cookies are allowed in so many words", () => {
    const refusal = /- NEXTAUTH_URL: must be the public https:\/\/ URL when DATABASE_URL is set/;
    expect(() => parseEnv({ ...production, NEXTAUTH_URL: "http://portal.example.com" })).toThrowError(refusal);
    expect(() => parseEnv({ DATABASE_URL: production.DATABASE_URL })).toThrowError(refusal);
    const allowed = { ...production, NEXTAUTH_URL: "http://localhost:3000", ALLOW_INSECURE_NEXTAUTH_URL: "true" };
    expect(parseEnv(allowed).NEXTAUTH_URL).toBe("http://localhost:3000");
    // The embedded setup (npm start with nothing set) stays on http://localhost.
    expect(parseEnv({ NEXTAUTH_URL: "http://localhost:3000" }).ALLOW_INSECURE_NEXTAUTH_URL).toBe(false);
  });

  it("trusts no proxy by default and takes only a whole number of them", () => {
    expect(parseEnv({}).TRUSTED_PROXY_HOPS).toBe(0);
    expect(parseEnv({ TRUSTED_PROXY_HOPS: "2" }).TRUSTED_PROXY_HOPS).toBe(2);
    for (const bad of ["-1", "1.5", "one"]) {
      expect(() => parseEnv({ TRUSTED_PROXY_HOPS: bad })).toThrowError(/- TRUSTED_PROXY_HOPS: /);
    }
  });

  it("names every bad variable with its reason", () => {
    const bad = () => parseEnv({ DATABASE_URL: "mysql://x", PORT: "99999", NEXTAUTH_SECRET: "short" });
    expect(bad).toThrowError(/- DATABASE_URL: must be a postgres:\/\/ or postgresql:\/\/ URL/);
    expect(bad).toThrowError(/- NEXTAUTH_SECRET: must be at least 32 characters/);
    expect(bad).toThrowError(/- PORT: .*65535/);
  });

  it("leaves the realtime server's limits to its own defaults unless set, and checks them", () => {
    expect(parseEnv({}).REALTIME_MAX_CONNECTIONS_PER_IP).toBeUndefined();
    expect(parseEnv({ REALTIME_MAX_CONNECTIONS: "20000" }).REALTIME_MAX_CONNECTIONS).toBe(20_000);
    const bad = () => parseEnv({ REALTIME_MAX_CONNECTIONS_PER_IP: "0", REALTIME_CLIENT_EVENTS_PER_SECOND: "ten" });
    expect(bad).toThrowError(/- REALTIME_MAX_CONNECTIONS_PER_IP: /);
    expect(bad).toThrowError(/- REALTIME_CLIENT_EVENTS_PER_SECOND: /);
  });

  it("bounds the public page cache's memory: 32 MB unless set, a whole number of megabytes from 1", () => {
    expect(parseEnv({}).PUBLIC_PAGE_CACHE_MAX_MB).toBe(32);
    expect(parseEnv({ PUBLIC_PAGE_CACHE_MAX_MB: "8" }).PUBLIC_PAGE_CACHE_MAX_MB).toBe(8);
    for (const bad of ["0", "1.5", "lots"])
      expect(() => parseEnv({ PUBLIC_PAGE_CACHE_MAX_MB: bad })).toThrowError(/- PUBLIC_PAGE_CACHE_MAX_MB: /);
  });

  it("checks the SMS and e-mail delivery settings together", () => {
    expect(parseEnv({}).SMS_GATEWAY_CONTENT_TYPE).toBe("json");
    expect(() => parseEnv({ SMTP_URL: "smtp://user:pass@mail.example:587" })).toThrowError(
      /- SMTP_FROM: is required with SMTP_URL/,
    );
    expect(() => parseEnv({ SMTP_URL: "http://mail.example", SMTP_FROM: "a@b.c" })).toThrowError(/- SMTP_URL: /);
    expect(parseEnv({ SMTP_URL: "smtps://mail.example", SMTP_FROM: "Портал <no-reply@example.com>" }).SMTP_FROM).toBe(
      "Портал <no-reply@example.com>",
    );
    expect(() => parseEnv({ SMS_GATEWAY_BODY_TEMPLATE: '{"text":"{{text}}"}' })).toThrowError(
      /- SMS_GATEWAY_BODY_TEMPLATE: must contain \{\{to\}\} and \{\{text\}\}/,
    );
    expect(() => parseEnv({ SMS_GATEWAY_BODY_TEMPLATE: "to={{to}}&text={{text}}" })).toThrowError(
      /- SMS_GATEWAY_BODY_TEMPLATE: must be JSON/,
    );
    const form = parseEnv({ SMS_GATEWAY_BODY_TEMPLATE: "to={{to}}&text={{text}}", SMS_GATEWAY_CONTENT_TYPE: "form" });
    expect(form.SMS_GATEWAY_CONTENT_TYPE).toBe("form");
    expect(() => parseEnv({ SMS_GATEWAY_RECEIPT_TOKEN: "short" })).toThrowError(/- SMS_GATEWAY_RECEIPT_TOKEN: /);
  });

  it("bounds how often notices are looked for and what a low balance is", () => {
    expect(parseEnv({})).toMatchObject({ NOTICE_LOW_BALANCE_DAYS: 3, NOTICES_SCAN_SECONDS: 300 });
    expect(() => parseEnv({ NOTICES_SCAN_SECONDS: "1" })).toThrowError(/- NOTICES_SCAN_SECONDS: /);
    expect(() => parseEnv({ NOTICE_LOW_BALANCE_DAYS: "0" })).toThrowError(/- NOTICE_LOW_BALANCE_DAYS: /);
  });

  it("bounds the promised payment's settings", () => {
    expect(parseEnv({}).PROMISED_PAYMENT_DAYS).toBe(3);
    expect(() => parseEnv({ PROMISED_PAYMENT_DAYS: "0" })).toThrowError(/- PROMISED_PAYMENT_DAYS: /);
    expect(() => parseEnv({ PROMISED_PAYMENT_MIN_RUB: "500", PROMISED_PAYMENT_MAX_RUB: "100" })).toThrowError(
      /- PROMISED_PAYMENT_MIN_RUB: must not be more than PROMISED_PAYMENT_MAX_RUB/,
    );
  });

  it("treats empty strings as unset", () => {
    expect(parseEnv({ DATABASE_URL: "" }).DATABASE_URL).toBeUndefined();
  });
});
