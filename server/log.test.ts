import { describe, expect, it } from "vitest";
import { parseEnv } from "./env.mjs";
import { captureLogs, createLogger, logger, requestLogger } from "./log";

function collecting(level: Parameters<typeof createLogger>[0]) {
  const lines: Array<Record<string, unknown>> = [];
  return {
    lines,
    log: createLogger(level, { write: (line: string) => void lines.push(JSON.parse(line) as Record<string, unknown>) }),
  };
}

describe("logger", () => {
  it("writes one JSON object per line with the level as a word and an ISO time", () => {
    const { lines, log } = collecting("info");
    log.warn({ event: "chat.dispatch_error", message: "boom" });
    log.debug({ event: "hidden" });
    expect(lines).toEqual([
      expect.objectContaining({
        level: "warn",
        service: "portal",
        event: "chat.dispatch_error",
        message: "boom",
        time: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      }),
    ]);
  });

  it("writes nothing when silent", () => {
    const { lines, log } = collecting("silent");
    log.error({ event: "x" });
    expect(lines).toEqual([]);
  });

  it("puts the request id on every line of a request", () => {
    const capture = captureLogs();
    requestLogger("req-12345678").warn({ event: "one" });
    requestLogger(undefined).warn({ event: "two" });
    capture.stop();
    expect(capture.lines).toEqual([
      expect.objectContaining({ event: "one", requestId: "req-12345678" }),
      expect.not.objectContaining({ requestId: expect.anything() }),
    ]);
    expect(logger.level).toBe(parseEnv(process.env).LOG_LEVEL);
  });
});

describe("LOG_LEVEL and METRICS_TOKEN", () => {
  it("default to info and no token, and refuse unknown levels and short tokens", () => {
    expect(parseEnv({}).LOG_LEVEL).toBe("info");
    expect(parseEnv({}).METRICS_TOKEN).toBeUndefined();
    expect(parseEnv({ LOG_LEVEL: "silent" }).LOG_LEVEL).toBe("silent");
    expect(() => parseEnv({ LOG_LEVEL: "verbose" })).toThrowError(/- LOG_LEVEL:/);
    expect(() => parseEnv({ METRICS_TOKEN: "short" })).toThrowError(/- METRICS_TOKEN: must be at least 16 characters/);
  });
});
