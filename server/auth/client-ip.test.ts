import { describe, expect, it } from "vitest";
import { clientIpFromHeaders } from "./client-ip";

describe("the client's address", () => {
  it("takes the address our proxy appended, not what the client wrote in front of it", () => {
    const headers = new Headers({ "x-forwarded-for": "6.6.6.6, 203.0.113.7" });
    expect(clientIpFromHeaders(headers, 1)).toBe("203.0.113.7");
  });

  it("counts back over several trusted proxies", () => {
    const headers = new Headers({ "x-forwarded-for": "6.6.6.6, 203.0.113.7, 10.0.0.2" });
    expect(clientIpFromHeaders(headers, 2)).toBe("203.0.113.7");
    expect(clientIpFromHeaders(headers, 5)).toBe("6.6.6.6");
  });

  it("falls back to X-Real-IP, then to nothing", () => {
    expect(clientIpFromHeaders({ "x-real-ip": " 198.51.100.1 " }, 1)).toBe("198.51.100.1");
    expect(clientIpFromHeaders({}, 1)).toBeNull();
  });
});
