import { describe, expect, it } from "vitest";
import { forwardedFor, isDirect } from "./app-front";

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

describe("which calls the front answers itself", () => {
  const route = { prefix: "/api/trpc/", answer: async () => new Response() };

  it("GET and POST of the prefix and one path segment, with or without a query", () => {
    expect(isDirect(route, "POST", "/api/trpc/chat.send")).toBe(true);
    expect(isDirect(route, "GET", "/api/trpc/chat.history,chat.state?batch=1&input=%7B%7D")).toBe(true);
  });

  it("leaves Next other methods, the bare prefix, deeper paths and other paths", () => {
    expect(isDirect(route, "PUT", "/api/trpc/chat.send")).toBe(false);
    expect(isDirect(route, "OPTIONS", "/api/trpc/chat.send")).toBe(false);
    expect(isDirect(route, "GET", "/api/trpc/")).toBe(false);
    expect(isDirect(route, "GET", "/api/trpc/?batch=1")).toBe(false);
    expect(isDirect(route, "GET", "/api/trpc")).toBe(false);
    expect(isDirect(route, "POST", "/api/trpc/chat.send/")).toBe(false);
    expect(isDirect(route, "GET", "/api/trpcx/chat.send")).toBe(false);
    expect(isDirect(route, "GET", "/login")).toBe(false);
  });
});
