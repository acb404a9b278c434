import { describe, expect, it } from "vitest";
import { clientIpFromHeaders } from "./client-ip";

// The chains as the app sees them: the last entry is the socket address npm start's front appended.
describe("the client's address", () => {
  it("is the socket address by default (no proxy trusted), whatever the client wrote", () => {
    expect(clientIpFromHeaders(new Headers({ "x-forwarded-for": "6.6.6.6, 203.0.113.7" }))).toBe("203.0.113.7");
  });

  it("is the address our one proxy appended, not what the client wrote in front of it", () => {
    const headers = new Headers({ "x-forwarded-for": "6.6.6.6, 203.0.113.7, 10.0.0.2" });
    expect(clientIpFromHeaders(headers, 1)).toBe("203.0.113.7");
  });

  it("counts back over several trusted proxies, stopping at the farthest entry", () => {
    const headers = new Headers({ "x-forwarded-for": "6.6.6.6, 203.0.113.7, 10.0.0.2, 10.0.0.3" });
    expect(clientIpFromHeaders(headers, 2)).toBe("203.0.113.7");
    expect(clientIpFromHeaders(headers, 5)).toBe("6.6.6.6");
  });

  it("reads next-auth's plain header records, repeated headers included", () => {
    expect(clientIpFromHeaders({ "x-forwarded-for": ["6.6.6.6", "203.0.113.7, 10.0.0.2"] }, 1)).toBe("203.0.113.7");
  });

  it("is unknown without the header; X-Real-IP is the client's to write and is not read", () => {
    expect(clientIpFromHeaders({ "x-real-ip": "198.51.100.1" }, 0)).toBeNull();
    expect(clientIpFromHeaders({}, 0)).toBeNull();
  });
});
