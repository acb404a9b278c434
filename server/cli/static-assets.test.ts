import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAppFront } from "./app-front";
import { precompressStaticAssets, staticAssets } from "./static-assets";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "portal-static-"));
const script = `console.log(${JSON.stringify("сборка ".repeat(400))});\n`;
const nextSaw: string[] = [];
let base = "";
let server: http.Server;

beforeAll(async () => {
  fs.mkdirSync(path.join(dir, "chunks"));
  fs.writeFileSync(path.join(dir, "chunks", "app.js"), script);
  fs.writeFileSync(path.join(dir, "chunks", "tiny.css"), "a{}");
  expect(staticAssets(dir)).toBeUndefined(); // not precompressed yet: Next serves the files
  expect(await precompressStaticAssets(dir)).toBe(1);
  const next = (req: http.IncomingMessage, res: http.ServerResponse) => {
    nextSaw.push(`${req.method} ${req.url}`);
    res.writeHead(404).end();
  };
  server = createAppFront(next, 0, undefined, staticAssets(dir));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
  server.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** A raw answer: fetch would decompress the body and hide which copy was sent. */
function get(url: string, headers: Record<string, string> = {}, method = "GET") {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
    http
      .request(`${base}${url}`, { method, headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("end", () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
      })
      .on("error", reject)
      .end();
  });
}

describe("the build's scripts and styles, precompressed", () => {
  it("sends the brotli copy to a browser that takes it, gzip to one that takes only gzip, the file to others", async () => {
    const br = await get("/_next/static/chunks/app.js", { "accept-encoding": "gzip, deflate, br" });
    expect(br.status).toBe(200);
    expect(br.headers["content-encoding"]).toBe("br");
    expect(zlib.brotliDecompressSync(br.body).toString()).toBe(script);
    expect(br.body.length).toBeLessThan(Buffer.byteLength(script) / 5);

    const gz = await get("/_next/static/chunks/app.js", { "accept-encoding": "gzip" });
    expect(gz.headers["content-encoding"]).toBe("gzip");
    expect(zlib.gunzipSync(gz.body).toString()).toBe(script);

    const plain = await get("/_next/static/chunks/app.js");
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(plain.body.toString()).toBe(script);
  });

  it("answers with the headers a browser and a cache need, and the site's own", async () => {
    const { headers } = await get("/_next/static/chunks/app.js", { "accept-encoding": "br" });
    expect(headers["content-type"]).toBe("text/javascript; charset=utf-8");
    expect(headers["cache-control"]).toBe("public,max-age=31536000,immutable");
    expect(headers.vary).toBe("Accept-Encoding");
    expect(headers["x-content-type-options"]).toBe("nosniff");
    const again = await get("/_next/static/chunks/app.js", {
      "accept-encoding": "br",
      "if-none-match": String(headers.etag),
    });
    expect(again.status).toBe(304);
  });

  it("leaves small files uncompressed, and everything else to Next with its address untouched", async () => {
    const tiny = await get("/_next/static/chunks/tiny.css", { "accept-encoding": "br" });
    expect([tiny.status, tiny.headers["content-encoding"], tiny.body.toString()]).toEqual([200, undefined, "a{}"]);
    nextSaw.length = 0;
    await get("/_next/static/chunks/missing.js");
    await get("/_next/static/chunks/app.js", {}, "POST");
    await get("/account");
    expect(nextSaw).toEqual([
      "GET /_next/static/chunks/missing.js",
      "POST /_next/static/chunks/app.js",
      "GET /account",
    ]);
  });
});
