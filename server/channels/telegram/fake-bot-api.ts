import http from "node:http";
import type { AddressInfo } from "node:net";
import { randomUUID } from "node:crypto";
import { createSimulatedChats, type SimulatedAction, type SimulatedChats } from "./fake-telegram-chats";

/** One call the fake received: the method, its fields, and a sent picture's bytes. */
export interface RecordedCall {
  token: string;
  method: string;
  fields: Record<string, unknown>;
  photo?: Uint8Array;
}

type Fault = { status: 429; retryAfter: number } | { status: 403 | 500 | 502 };

/**
 * A local stand-in for the Telegram Bot API that speaks the documented subset we use (getMe, sendMessage, sendPhoto,
 * getFile with its download, setWebhook, answerCallbackQuery), records what was sent, and can be told to
 * answer 429 with parameters.retry_after, 403 or 5xx, or to be down (every connection is cut).
 */
export interface FakeBotApi {
  baseUrl: string;
  calls: RecordedCall[];
  /** Messages accepted (sendMessage, sendPhoto answered ok): what the person would have received. */
  delivered: RecordedCall[];
  /** Makes a file downloadable through getFile; returns its file_id. */
  addFile(bytes: Uint8Array): string;
  /** The next `count` sending calls get this answer. */
  failNext(count: number, fault: Fault): void;
  /** Every call with this token is answered 401 Unauthorized, as for a revoked token. */
  rejectToken(token: string): void;
  setDown(down: boolean): void;
  /** People writing to the bot (the demo messenger simulator): their chats, and updates posted to the webhook. */
  people: SimulatedChats;
  close(): Promise<void>;
}

const SENDING = new Set(["sendMessage", "sendPhoto"]);

async function readFields(request: http.IncomingMessage, body: Buffer) {
  const type = request.headers["content-type"] ?? "";
  if (type.startsWith("application/json"))
    return { fields: JSON.parse(body.toString("utf8")) as Record<string, unknown> };
  if (!type.startsWith("multipart/form-data")) return { fields: {} };
  const form = await new Request("http://fake/", {
    method: "POST",
    headers: { "content-type": type },
    body: new Uint8Array(body),
  }).formData();
  const fields: Record<string, unknown> = {};
  let photo: Uint8Array | undefined;
  for (const [name, value] of form.entries()) {
    if (typeof value === "string") fields[name] = /^[[{]/.test(value) ? JSON.parse(value) : value;
    else photo = new Uint8Array(await value.arrayBuffer());
  }
  return { fields, photo };
}

/**
 * Not Telegram's API but its users' side, for the simulator: `GET /_sim/bot<token>/chats/<chatId>` is one private
 * chat as the person sees it; `POST /_sim/bot<token>/act` `{ person, action }` makes them write, send a photo
 * (base64) or press a button, which reaches the webhook as an Update.
 */
async function simulateRoute(
  people: SimulatedChats,
  method: string | undefined,
  url: string,
  body: Buffer,
  send: (status: number, answer: unknown) => void,
) {
  const chat = /^\/_sim\/bot([^/]+)\/chats\/(-?\d{1,20})$/.exec(url);
  if (chat && method === "GET") return send(200, { ok: true, result: people.conversation(chat[1]!, chat[2]!) });
  const act = /^\/_sim\/bot([^/]+)\/act$/.exec(url);
  if (!act || method !== "POST") return send(404, { ok: false, error_code: 404, description: "Not Found" });
  const { person, action } = JSON.parse(body.toString("utf8")) as {
    person: Parameters<SimulatedChats["act"]>[1];
    action: Exclude<SimulatedAction, { kind: "photo" }> | { kind: "photo"; base64: string; caption: string };
  };
  const done =
    action.kind === "photo"
      ? { kind: "photo" as const, bytes: new Uint8Array(Buffer.from(action.base64, "base64")), caption: action.caption }
      : action;
  send(200, { ok: true, result: { webhookStatus: await people.act(act[1]!, person, done) } });
}

/** `onDelivered` sees each accepted message as it arrives (the channels bench times replies with it). */
export async function startFakeBotApi(
  options: { onDelivered?: (call: RecordedCall) => void } = {},
): Promise<FakeBotApi> {
  const calls: RecordedCall[] = [];
  const delivered: RecordedCall[] = [];
  const files = new Map<string, Uint8Array>();
  const faults: Fault[] = [];
  const rejected = new Set<string>();
  let down = false;
  const people = createSimulatedChats(files);

  const simulate = (...args: [string | undefined, string, Buffer, (status: number, answer: unknown) => void]) =>
    simulateRoute(people, ...args);
  const server = http.createServer((request, response) => {
    if (down) return request.socket.destroy();
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      void (async () => {
        const send = (status: number, answer: unknown) =>
          response.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(answer));
        const file = /^\/file\/bot([^/]+)\/(.+)$/.exec(request.url ?? "");
        if (file) {
          const bytes = files.get(file[2]!);
          return bytes ? response.writeHead(200).end(Buffer.from(bytes)) : send(404, { ok: false });
        }
        if (request.url?.startsWith("/_sim/"))
          return simulate(request.method, request.url, Buffer.concat(chunks), send);
        const route = /^\/bot([^/]+)\/(\w+)$/.exec(request.url ?? "");
        if (!route) return send(404, { ok: false, error_code: 404, description: "Not Found" });
        const [, token, method] = route as unknown as [string, string, string];
        const { fields, photo } = await readFields(request, Buffer.concat(chunks));
        const call: RecordedCall = { token, method, fields, photo };
        calls.push(call);
        if (rejected.has(token)) return send(401, { ok: false, error_code: 401, description: "Unauthorized" });
        const fault = SENDING.has(method) ? faults.shift() : undefined;
        if (fault?.status === 429)
          return send(429, {
            ok: false,
            error_code: 429,
            description: `Too Many Requests: retry after ${fault.retryAfter}`,
            parameters: { retry_after: fault.retryAfter },
          });
        if (fault?.status === 403)
          return send(403, { ok: false, error_code: 403, description: "Forbidden: bot was blocked by the user" });
        if (fault) return send(fault.status, { ok: false, error_code: fault.status, description: "Bad Gateway" });
        if (method === "getFile") {
          const id = String(fields.file_id);
          const bytes = files.get(id);
          if (!bytes) return send(400, { ok: false, error_code: 400, description: "Bad Request: invalid file_id" });
          return send(200, { ok: true, result: { file_id: id, file_size: bytes.length, file_path: id } });
        }
        if (method === "getMe")
          return send(200, {
            ok: true,
            result: {
              id: Number(token.split(":")[0]),
              is_bot: true,
              first_name: "Портал",
              username: "portal_demo_bot",
            },
          });
        if (SENDING.has(method)) {
          delivered.push(call);
          options.onDelivered?.(call);
          const id = people.nextMessageId();
          const photo = people.botSent(call, id);
          return send(200, {
            ok: true,
            result: {
              message_id: id,
              chat: { id: Number(fields.chat_id) },
              ...(photo ? { photo: [{ file_id: photo, file_unique_id: photo, width: 0, height: 0 }] } : {}),
            },
          });
        }
        if (method === "setWebhook") people.setWebhook(token, fields);
        return send(200, { ok: true, result: true });
      })().catch(() => response.writeHead(500).end());
    });
  });
  // Longer than fetch's own idle limit (4 s), so the client always drops an idle socket first: otherwise a call
  // made as the server closed it fails with "fetch failed" (seen on a loaded machine).
  server.keepAliveTimeout = 30_000;
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    calls,
    delivered,
    addFile(bytes) {
      const id = `photos/${randomUUID()}.jpg`;
      files.set(id, bytes);
      return id;
    },
    failNext(count, fault) {
      for (let i = 0; i < count; i++) faults.push(fault);
    },
    rejectToken(token) {
      rejected.add(token);
    },
    setDown(value) {
      down = value;
    },
    people,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
