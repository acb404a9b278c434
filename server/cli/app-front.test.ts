import { describe, expect, it } from "vitest";
import { forwardedFor } from "./app-front";

describe("X-Forwarded-For as the front hands it to the app", () => {
  it("drops what the client wrote when no proxy is trusted, and appends the socket address", () => {
    expect(forwardedFor("6.6.6.6", "198.51.100.9", 0)).toBe("198.51.100.9");
    expect(forwardedFor(undefined, "198.51.100.9", 0)).toBe("198.51.100.9");
  });

  it("keeps what trusted proxies wrote and appends the socket address after it", () => {
    expect(forwardedFor("6.6.6.6, 203.0.113.7", "10.0.0.2", 1)).toBe("6.6.6.6, 203.0.113.7, 10.0.0.2");
    expect(forwardedFor(["6.6.6.6", "203.0.113.7"], "10.0.0.2", 2)).toBe("6.6.6.6, 203.0.113.7, 10.0.0.2");
  });

  it("writes an IPv4 client on a dual-stack socket in its IPv4 form, and keeps real IPv6", () => {
    expect(forwardedFor(undefined, "::ffff:198.51.100.9", 0)).toBe("198.51.100.9");
    expect(forwardedFor(undefined, "2001:db8::1", 0)).toBe("2001:db8::1");
  });
});
