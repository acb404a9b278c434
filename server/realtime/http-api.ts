/**
 * HTTP front of the Pusher API: routing, body limits, request signatures and JSON
 * encoding. Order of checks follows Pusher: unknown app → 404, oversized body → 413,
 * bad signature → 401, malformed JSON → 400, then the operation itself.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import {
  ApiError,
  channelInfo,
  channelUsers,
  listChannels,
  triggerBatch,
  triggerEvent,
  type ApiContext,
} from "./api-handlers";
import type { RealtimeLogger } from "./logger";
import { ENVELOPE_BYTES, MAX_BATCH_EVENTS } from "./protocol";
import { verifyApiRequest } from "./signing";

export interface HttpApiContext extends ApiContext {
  app: { id: string; key: string; secret: string };
  logger: RealtimeLogger;
}

interface Route {
  method: "GET" | "POST";
  run(context: HttpApiContext, query: URLSearchParams, body: unknown): object;
}

/** Finds the operation for the part of the path after `/apps/:appId`. */
function matchRoute(subPath: string): Route | undefined {
  if (subPath === "/events") return { method: "POST", run: (c, _q, body) => triggerEvent(c, body) };
  if (subPath === "/batch_events") return { method: "POST", run: (c, _q, body) => triggerBatch(c, body) };
  if (subPath === "/channels") return { method: "GET", run: (c, query) => listChannels(c, query) };
  const channel = /^\/channels\/([^/]+)(\/users)?$/.exec(subPath);
  if (!channel?.[1]) return undefined;
  const name = decodeURIComponent(channel[1]);
  return channel[2]
    ? { method: "GET", run: (c) => channelUsers(c, name) }
    : { method: "GET", run: (c, query) => channelInfo(c, name, query) };
}

export function createHttpApiHandler(context: HttpApiContext) {
  // A full batch may carry MAX_BATCH_EVENTS payloads; per-event data limits are checked later.
  const maxBodyBytes = context.maxPayloadBytes * MAX_BATCH_EVENTS + ENVELOPE_BYTES;

  return async function handleHttpRequest(request: IncomingMessage, response: ServerResponse): Promise<void> {
    try {
      const url = new URL(request.url ?? "/", "http://localhost");
      const apps = /^\/apps\/([^/]+)(\/.*)$/.exec(url.pathname);
      if (!apps?.[1] || !apps[2]) throw new ApiError(404, "Not found");
      if (apps[1] !== context.app.id) throw new ApiError(404, `Unknown app id ${apps[1]}`);
      const route = matchRoute(apps[2]);
      if (!route) throw new ApiError(404, "Not found");
      if (request.method !== route.method) throw new ApiError(405, `Use ${route.method}`);

      const body = await readBody(request, maxBodyBytes);
      if (!body) throw new ApiError(413, `Request body is larger than ${maxBodyBytes} bytes`);
      const signed = { method: route.method, path: url.pathname, query: url.searchParams, body };
      const failure = verifyApiRequest(context.app, signed);
      if (failure) throw new ApiError(401, failure);

      sendJson(response, 200, route.run(context, url.searchParams, parseJsonBody(body)));
    } catch (error) {
      if (error instanceof ApiError) {
        sendJson(response, error.status, { error: error.message, code: error.status });
      } else if (error instanceof URIError) {
        sendJson(response, 400, { error: "Malformed percent-encoding in path", code: 400 });
      } else {
        context.logger.error("http api failure", { error: String(error) });
        sendJson(response, 500, { error: "Internal server error", code: 500 });
      }
    }
  };
}

/**
 * Buffers the body up to `limit` bytes. Past the limit it keeps draining without storing,
 * so the client still gets to read our 413 instead of a reset connection.
 */
function readBody(request: IncomingMessage, limit: number): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) chunks.push(chunk);
    });
    request.on("end", () => resolve(size <= limit ? Buffer.concat(chunks) : null));
    request.on("error", reject);
  });
}

function parseJsonBody(body: Buffer): unknown {
  if (body.length === 0) return undefined;
  try {
    return JSON.parse(body.toString("utf8"));
  } catch {
    throw new ApiError(400, "Body is not valid JSON");
  }
}

function sendJson(response: ServerResponse, status: number, body: object): void {
  if (response.headersSent) return;
  response.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body));
}
