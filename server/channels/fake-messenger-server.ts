import http from "node:http";
import type { AddressInfo } from "node:net";
import { randomUUID } from "node:crypto";

/** One request a fake messenger API received: its path, query, headers, JSON or form fields and an uploaded file. */
export interface FakeRequest {
  path: string;
  query: URLSearchParams;
  headers: http.IncomingHttpHeaders;
  fields: Record<string, unknown>;
  file?: Uint8Array;
}

export interface FakeAnswer {
  status: number;
  json: unknown;
}

/** Form values that look like JSON (keyboards, recipients) are read back as JSON, as the messenger would. */
const fieldValue = (value: string): unknown => {
  if (!/^[[{]/.test(value)) return value;
  try {
    return JSON.parse(value) as unknown;
  } catch {
    return value;
  }
};

async function readFields(headers: http.IncomingHttpHeaders, query: URLSearchParams, body: Buffer) {
  const type = headers["content-type"] ?? "";
  const fields: Record<string, unknown> = {};
  let file: Uint8Array | undefined;
  if (type.startsWith("application/json")) Object.assign(fields, JSON.parse(body.toString("utf8")));
  else if (type.startsWith("application/x-www-form-urlencoded"))
    for (const [name, value] of new URLSearchParams(body.toString("utf8"))) fields[name] = fieldValue(value);
  else if (type.startsWith("multipart/form-data")) {
    const form = await new Request("http://fake/", {
      method: "POST",
      headers: { "content-type": type },
      body: new Uint8Array(body),
    }).formData();
    for (const [name, value] of form.entries()) {
      if (typeof value === "string") fields[name] = fieldValue(value);
      else file = new Uint8Array(await value.arrayBuffer());
    }
  }
  for (const [name, value] of query) fields[name] ??= value;
  return { fields, file };
}

/**
 * The HTTP part every fake messenger API shares, on 127.0.0.1 and an ephemeral port: reads each request into a
 * FakeRequest for the fake's own routes, serves files added with addFile under /files/ (what the messenger's CDN
 * would), and can be down (every connection is cut, as when the messenger is unreachable).
 */
export async function startFakeMessengerServer(route: (request: FakeRequest) => FakeAnswer | Promise<FakeAnswer>) {
  const files = new Map<string, Uint8Array>();
  let down = false;
  const server = http.createServer((request, response) => {
    if (down) return request.socket.destroy();
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      void (async () => {
        const url = new URL(request.url ?? "/", "http://fake");
        const stored = url.pathname.startsWith("/files/") ? files.get(url.pathname.slice("/files/".length)) : null;
        if (stored) return response.writeHead(200, { "content-type": "image/png" }).end(Buffer.from(stored));
        const { fields, file } = await readFields(request.headers, url.searchParams, Buffer.concat(chunks));
        const answer = await route({
          path: url.pathname,
          query: url.searchParams,
          headers: request.headers,
          fields,
          file,
        });
        // A fresh connection per call: a test's idle pause never races a kept-alive socket being closed.
        response
          .writeHead(answer.status, { "content-type": "application/json", connection: "close" })
          .end(JSON.stringify(answer.json));
      })().catch(() => response.writeHead(500).end());
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    baseUrl,
    /** Makes bytes downloadable; returns their URL. */
    addFile(bytes: Uint8Array): string {
      const id = `${randomUUID()}.png`;
      files.set(id, bytes);
      return `${baseUrl}/files/${id}`;
    },
    setDown(value: boolean) {
      down = value;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** The next `count` sending calls get this fault, in order. */
export function faultQueue<Fault>() {
  const faults: Fault[] = [];
  return {
    failNext(count: number, fault: Fault) {
      for (let i = 0; i < count; i++) faults.push(fault);
    },
    next: () => faults.shift(),
  };
}
