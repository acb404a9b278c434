import { describe, expect, it } from "vitest";
import { parseEnv } from "@/server/env.mjs";
import { appEnv } from "./app-env";

describe("the app process's heap limit", () => {
  it("is 384 MB unless set; 0 leaves Node's own and anything else below 128 is refused", () => {
    expect(parseEnv({}).APP_MAX_HEAP_MB).toBe(384);
    expect(parseEnv({ APP_MAX_HEAP_MB: "0" }).APP_MAX_HEAP_MB).toBe(0);
    for (const bad of ["64", "1.5", "lots"])
      expect(() => parseEnv({ APP_MAX_HEAP_MB: bad })).toThrowError(/- APP_MAX_HEAP_MB: /);
  });

  it("reaches the app through NODE_OPTIONS, where a limit the operator already set still wins", () => {
    expect(appEnv({ NODE_ENV: "production", PORT: "3000" } as NodeJS.ProcessEnv, { APP_MAX_HEAP_MB: 384 })).toEqual({
      NODE_ENV: "production",
      PORT: "3000",
      NODE_OPTIONS: "--max-old-space-size=384",
    });
    const own = appEnv({ NODE_ENV: "production", NODE_OPTIONS: "--max-old-space-size=2048" }, { APP_MAX_HEAP_MB: 384 });
    expect(own.NODE_OPTIONS).toBe("--max-old-space-size=384 --max-old-space-size=2048");
    expect(appEnv({ NODE_ENV: "production", PORT: "3000" } as NodeJS.ProcessEnv, { APP_MAX_HEAP_MB: 0 })).toEqual({
      NODE_ENV: "production",
      PORT: "3000",
    });
  });
});
