import { describe, expect, it, vi } from "vitest";
import { MAX_BANNER_IMAGE_BYTES } from "@/server/domain/banners/banner-image-limits";
import { POST } from "./route";

vi.mock("@/server/auth/session", () => ({ getPrincipal: async () => ({ kind: "staff", staffId: "s1", roles: ["MARKETER"], sessionVersion: 0 }) }));
vi.mock("@/server/db", () => ({ getDb: () => { throw new Error("database used"); } }));

/** A body sent in chunks without Content-Length, as a client hiding its size would. */
function chunkedUpload(totalBytes: number) {
  const chunk = new Uint8Array(64 * 1024);
  let sent = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent >= totalBytes) return controller.close();
      sent += chunk.byteLength;
      controller.enqueue(chunk);
    },
  });
  return new Request("http://localhost:3000/api/banners/images", {
    method: "POST", body, duplex: "half",
    headers: { host: "localhost:3000", origin: "http://localhost:3000", "content-type": "multipart/form-data; boundary=x" },
  } as RequestInit);
}

describe("banner image upload", () => {
  it("refuses an oversized upload even without a declared length, before storing anything", async () => {
    const response = await POST(chunkedUpload(MAX_BANNER_IMAGE_BYTES + 512 * 1024));
    expect(response.status).toBe(413);
  });

  it("refuses another site", async () => {
    const request = new Request("http://localhost:3000/api/banners/images", { method: "POST", body: "x", headers: { host: "localhost:3000", origin: "https://evil.example" } });
    expect((await POST(request)).status).toBe(403);
  });
});
