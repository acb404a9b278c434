import type http from "node:http";

/**
 * A node request's body as a web stream, read only as the handler pulls it. What the handler leaves unread (a
 * size limit) is read off the wire and dropped, as Node does for a request nobody reads, so the connection stays
 * usable and the client gets the answer rather than a reset from a socket closed under its upload.
 */
function bodyOf(req: http.IncomingMessage): ReadableStream<Uint8Array> {
  let reading = false;
  return new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        if (!reading) {
          reading = true;
          req.on("data", (chunk: Buffer) => {
            controller.enqueue(chunk);
            if ((controller.desiredSize ?? 0) <= 0) req.pause();
          });
          req.on("end", () => controller.close());
          req.on("error", (error) => controller.error(error));
        }
        req.resume();
      },
      cancel() {
        req.removeAllListeners("data");
        req.removeAllListeners("end");
        req.resume();
      },
      // Nothing is read ahead: a body the handler never asks for stays Node's to drop.
    },
    { highWaterMark: 0 },
  );
}

/**
 * A node request as a fetch Request, for the handlers the app server calls without Next. Only the path and query
 * of the URL mean anything: the host is Next's own (app-server.ts), not the client's Host header.
 */
export function toFetchRequest(req: http.IncomingMessage): Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    for (const one of [value ?? []].flat()) headers.append(name, one);
  }
  const hasBody = req.method !== "GET" && req.method !== "HEAD";
  return new Request(`http://localhost${req.url ?? "/"}`, {
    method: req.method,
    headers,
    body: hasBody ? bodyOf(req) : undefined,
    duplex: "half",
  } as RequestInit);
}

/** Writes a fetch Response (whole: tRPC's batch answers are not streamed) with `extra` headers added. */
export async function writeFetchResponse(
  response: Response,
  res: http.ServerResponse,
  extra: ReadonlyArray<{ key: string; value: string }> = [],
): Promise<void> {
  const body = Buffer.from(await response.arrayBuffer());
  for (const { key, value } of extra) res.setHeader(key, value);
  response.headers.forEach((value, name) => {
    if (name !== "set-cookie") res.setHeader(name, value);
  });
  const cookies = response.headers.getSetCookie();
  if (cookies.length > 0) res.setHeader("set-cookie", cookies);
  res.setHeader("content-length", body.length);
  res.writeHead(response.status);
  res.end(body);
}
