import { describe, expect, it } from "vitest";
import { AppError } from "@/server/domain/errors";
import { captureLogs } from "@/server/log";
import { answerErrors, errorResponse } from "./error-response";

describe("errorResponse", () => {
  it("answers the table's status with the code, and the details only when there are any", async () => {
    const plain = errorResponse("NOT_FOUND");
    expect(plain.status).toBe(404);
    expect(await plain.json()).toEqual({ error: { code: "NOT_FOUND" } });

    const detailed = errorResponse(
      "INVALID_INPUT",
      { field: "file", reason: "type" },
      { "www-authenticate": "Bearer" },
    );
    expect(detailed.status).toBe(400);
    expect(detailed.headers.get("www-authenticate")).toBe("Bearer");
    expect(await detailed.json()).toEqual({
      error: { code: "INVALID_INPUT", details: { field: "file", reason: "type" } },
    });
  });
});

describe("answerErrors", () => {
  it("passes the work's own answer through", async () => {
    const response = await answerErrors("x failed", async () => new Response("ok", { status: 201 }));
    expect([response.status, await response.text()]).toEqual([201, "ok"]);
  });

  it("answers a domain refusal by its row, with its details", async () => {
    const response = await answerErrors("x failed", async () => {
      throw new AppError("RATE_LIMITED", { retryAfterSeconds: 30 });
    });
    expect(response.status).toBe(429);
    expect(await response.json()).toEqual({ error: { code: "RATE_LIMITED", details: { retryAfterSeconds: 30 } } });
  });

  it("logs anything else and answers INTERNAL with nothing of what went wrong", async () => {
    const capture = captureLogs();
    const response = await answerErrors("x failed", async () => {
      throw new Error('relation "subscriber_secret" does not exist at pg_catalog');
    }).finally(() => capture.stop());
    expect(response.status).toBe(500);
    const text = await response.text();
    expect(JSON.parse(text)).toEqual({ error: { code: "INTERNAL" } });
    expect(text).not.toMatch(/subscriber_secret|pg_catalog|stack/);
    expect(capture.lines).toEqual([
      expect.objectContaining({ level: "error", msg: "x failed", error: expect.stringContaining("subscriber_secret") }),
    ]);
  });
});
