import sharp from "sharp";
import { afterEach, describe, expect, it, vi } from "vitest";
import { MAX_BANNER_IMAGE_BYTES } from "@/server/domain/banners/banner-image-limits";
import { AppError, type AppErrorCode } from "@/server/domain/errors";
import { captureLogs } from "@/server/log";
import { POST } from "./route";

vi.mock("@/server/auth/session", () => ({
  getPrincipal: async () => ({ kind: "staff", staffId: "s1", roles: ["MARKETER"], sessionVersion: 0 }),
}));
// Any use of the database fails, with a message that must not reach the client.
vi.mock("@/server/db", () => {
  const fail = () => {
    throw new Error("database used");
  };
  return { getDb: () => new Proxy({}, { get: fail }) };
});
// The real check runs unless a test makes the store refuse with a code it does not give today.
const store = vi.hoisted(() => ({ refusal: null as Error | null }));
vi.mock("@/server/domain/banners/store-banner-image", async (original) => {
  const actual = await original<typeof import("@/server/domain/banners/store-banner-image")>();
  return {
    ...actual,
    storeBannerImage: (...args: Parameters<typeof actual.storeBannerImage>) =>
      store.refusal ? Promise.reject(store.refusal) : actual.storeBannerImage(...args),
  };
});
afterEach(() => void (store.refusal = null));

/** A same-origin multipart upload of one file, as the banner form sends it. */
function upload(bytes: Uint8Array) {
  const body = new FormData();
  body.set("file", new Blob([new Uint8Array(bytes)]), "picture.png");
  return new Request("http://localhost:3000/api/banners/images", {
    method: "POST",
    body,
    headers: { host: "localhost:3000", origin: "http://localhost:3000" },
  });
}

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
    method: "POST",
    body,
    duplex: "half",
    headers: {
      host: "localhost:3000",
      origin: "http://localhost:3000",
      "content-type": "multipart/form-data; boundary=x",
    },
  } as RequestInit);
}

describe("banner image upload", () => {
  it("refuses an oversized upload even without a declared length, before storing anything", async () => {
    const response = await POST(chunkedUpload(MAX_BANNER_IMAGE_BYTES + 512 * 1024));
    expect(response.status).toBe(413);
  });

  it("refuses another site", async () => {
    const request = new Request("http://localhost:3000/api/banners/images", {
      method: "POST",
      body: "x",
      headers: { host: "localhost:3000", origin: "https://evil.example" },
    });
    expect((await POST(request)).status).toBe(403);
  });

  it("answers a refused picture with 400 and the reason the form shows", async () => {
    const response = await POST(upload(new TextEncoder().encode("not a picture")));
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      error: { code: "INVALID_INPUT", details: { field: "file", reason: "type" } },
    });
  });

  it("answers any other domain refusal with the error table's status, not 400", async () => {
    const cases: Array<[AppErrorCode, number]> = [
      ["FORBIDDEN", 403],
      ["NOT_FOUND", 404],
      ["RATE_LIMITED", 429],
    ];
    for (const [code, status] of cases) {
      store.refusal = new AppError(code);
      const response = await POST(upload(new Uint8Array([1])));
      expect([code, response.status, await response.json()]).toEqual([code, status, { error: { code } }]);
    }
  });

  it("hides an unforeseen failure behind INTERNAL", async () => {
    const picture = await sharp({ create: { width: 400, height: 10, channels: 3, background: "#ffffff" } })
      .png()
      .toBuffer();
    const capture = captureLogs();
    const response = await POST(upload(picture)).finally(() => capture.stop());
    expect(response.status).toBe(500);
    const text = await response.text();
    expect(JSON.parse(text)).toEqual({ error: { code: "INTERNAL" } });
    expect(text).not.toContain("database used");
    expect(capture.lines).toEqual([expect.objectContaining({ msg: "banner image upload failed" })]);
  });
});
