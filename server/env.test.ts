import { describe, expect, it } from "vitest";
import { parseEnv } from "./env.mjs";

describe("parseEnv", () => {
  it("runs on embedded defaults with nothing set", () => {
    const env = parseEnv({});
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.PORT).toBe(3000);
    expect(env.DEMO_MODE).toBe(true);
  });

  it("turns demo mode off for a real database unless asked", () => {
    expect(parseEnv({ DATABASE_URL: "postgresql://u@h/db" }).DEMO_MODE).toBe(false);
    expect(parseEnv({ DATABASE_URL: "postgresql://u@h/db", DEMO_MODE: "true" }).DEMO_MODE).toBe(true);
  });

  it("names every bad variable with its reason", () => {
    const bad = () => parseEnv({ DATABASE_URL: "mysql://x", PORT: "99999", NEXTAUTH_SECRET: "short" });
    expect(bad).toThrowError(/- DATABASE_URL: must be a postgres:\/\/ or postgresql:\/\/ URL/);
    expect(bad).toThrowError(/- NEXTAUTH_SECRET: must be at least 32 characters/);
    expect(bad).toThrowError(/- PORT: .*65535/);
  });

  it("bounds the public page cache's memory: 32 MB unless set, a whole number of megabytes from 1", () => {
    expect(parseEnv({}).PUBLIC_PAGE_CACHE_MAX_MB).toBe(32);
    expect(parseEnv({ PUBLIC_PAGE_CACHE_MAX_MB: "8" }).PUBLIC_PAGE_CACHE_MAX_MB).toBe(8);
    for (const bad of ["0", "1.5", "lots"])
      expect(() => parseEnv({ PUBLIC_PAGE_CACHE_MAX_MB: bad })).toThrowError(/- PUBLIC_PAGE_CACHE_MAX_MB: /);
  });

  it("treats empty strings as unset", () => {
    expect(parseEnv({ DATABASE_URL: "" }).DATABASE_URL).toBeUndefined();
  });
});
