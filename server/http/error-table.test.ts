import { describe, expect, it } from "vitest";
import { appErrorCodes } from "@/server/domain/errors";
import { httpStatusOf, trpcCodeOf } from "./error-table";

describe("error table", () => {
  it("gives every domain code a client-error status: a refusal is never reported as the server's fault", () => {
    for (const code of appErrorCodes) {
      const status = httpStatusOf(code);
      expect([code, status >= 400 && status < 500]).toEqual([code, true]);
    }
  });

  it("maps domain codes to the statuses clients rely on", () => {
    expect(httpStatusOf("INVALID_INPUT")).toBe(400);
    expect(httpStatusOf("UNAUTHENTICATED")).toBe(401);
    expect(httpStatusOf("FORBIDDEN")).toBe(403);
    expect(httpStatusOf("NOT_FOUND")).toBe(404);
    expect(httpStatusOf("CHAT_ALREADY_TAKEN")).toBe(409);
    expect(httpStatusOf("CHAT_CLOSED")).toBe(412);
    expect(httpStatusOf("RATE_LIMITED")).toBe(429);
  });

  it("gives tRPC the transport code whose status the route handlers answer with", () => {
    expect(trpcCodeOf("UNAUTHENTICATED")).toBe("UNAUTHORIZED");
    expect(trpcCodeOf("INSUFFICIENT_FUNDS")).toBe("PRECONDITION_FAILED");
    expect(trpcCodeOf("INTERNAL")).toBe("INTERNAL_SERVER_ERROR");
  });

  it("has rows for the transport's own refusals and for the unforeseen", () => {
    expect(httpStatusOf("PAYLOAD_TOO_LARGE")).toBe(413);
    expect(httpStatusOf("UNSUPPORTED_MEDIA_TYPE")).toBe(415);
    expect(httpStatusOf("INTERNAL")).toBe(500);
    expect(httpStatusOf("SERVICE_UNAVAILABLE")).toBe(503);
  });
});
