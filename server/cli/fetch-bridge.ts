import type http from "node:http";

/**
 * A node request's body as a web stream, read as the handler pulls it. A handler that stops early (a size limit)
 * leaves the rest unread rather than destroying the socket under the answer it is about to write; the answer then
 * closes the connection (writeFetchResponse), so the unread bytes are never taken for the next request.
 */
function bodyOf(req: http.IncomingMessage): ReadableStream<Uint8Array> {
  let open = true;
  return new ReadableStream<Uint8Array>({
    start(controller) {
      req.pause();
      req.on("data", (chunk: Buffer) => {
        if (!open) return;
        controller.enqueue(chunk);
        if ((controller.desiredSize ?? 0) <= 0) req.pause();
      });
      req.on("end", () => open && controller.close());
      req.on("error", (error) => open && controller.error(error));
    },
    pull() {
      req.resume();
    },
    cancel() {
      open = false;
    },
  });
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
  req: http.IncomingMessage,
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
  // A body the handler refused to read to the end is still on the connection.
  if (!req.complete) res.setHeader("connection", "close");
  res.writeHead(response.status);
  res.end(body);
}
