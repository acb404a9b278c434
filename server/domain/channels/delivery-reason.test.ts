import { describe, expect, it } from "vitest";
import { deliveryReason, deliveryState } from "./delivery-reason";

describe("delivery reasons", () => {
  it("reads the transports' stored errors", () => {
    expect(deliveryReason("TransportRefused: BLOCKED sendMessage 403: Forbidden: bot was blocked by the user")).toBe(
      "BLOCKED",
    );
    expect(deliveryReason("CONTACT_UNREACHABLE")).toBe("CONTACT_UNREACHABLE");
    expect(deliveryReason("TransportRetryLater: sendMessage 429: Too Many Requests: retry after 3")).toBe(
      "RATE_LIMITED",
    );
    expect(deliveryReason("Error: setWebhook 401: Unauthorized")).toBe("TOKEN_REJECTED");
    expect(deliveryReason("TransportRefused: sendMessage 400: Bad Request: chat not found")).toBe("REFUSED");
    expect(deliveryReason("Error: sendMessage 502: Bad Gateway")).toBe("UNAVAILABLE");
    expect(deliveryReason("TypeError: fetch failed")).toBe("UNAVAILABLE");
    expect(deliveryReason("TransportRefused: INBOX_DISABLED")).toBe("INBOX_DISABLED");
    expect(deliveryReason("something new")).toBe("OTHER");
    expect(deliveryReason(null)).toBeNull();
  });

  it("names a reply's state from its outbox row", () => {
    expect(deliveryState({ status: "SENT", lastError: null })).toEqual({ state: "delivered", reason: null });
    expect(deliveryState({ status: "PENDING", lastError: null })).toEqual({ state: "sending", reason: null });
    expect(deliveryState({ status: "PENDING", lastError: "Error: sendMessage 502: Bad Gateway" })).toEqual({
      state: "retrying",
      reason: "UNAVAILABLE",
    });
    expect(deliveryState({ status: "FAILED", lastError: "CONTACT_UNREACHABLE" })).toEqual({
      state: "failed",
      reason: "CONTACT_UNREACHABLE",
    });
  });
});
