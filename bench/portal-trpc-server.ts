/**
 * The product's side of the portal bench: the app router behind tRPC's fetch adapter in a
 * node:http server (what /api/trpc does inside Next, minus Next), with a context whose
 * subscriber comes from a header: no session cookie, no principal lookup — the baseline
 * skips those too.
 */
import http from "node:http";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { appRouter } from "@/server/api/root";
import type { TrpcContext } from "@/server/api/trpc";
import type { Db } from "@/server/db-client";
import { recordingPublisher } from "@/server/testing/recording-publisher";
import { BENCH_ACCOUNT_HEADER, serveOnLoopback, type BenchHttpServer } from "./portal-baseline";

async function toFetchRequest(req: http.IncomingMessage): Promise<Request> {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (typeof value === "string") headers.set(name, value);
  }
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const body = chunks.length > 0 ? Buffer.concat(chunks) : undefined;
  return new Request(`http://${req.headers.host ?? "127.0.0.1"}${req.url ?? "/"}`, {
    method: req.method,
    headers,
    body,
  });
}

export async function startTrpcServer(db: Db): Promise<BenchHttpServer> {
  const realtime = recordingPublisher();
  const createContext = (req: Request): TrpcContext => ({
    db,
    principal: { kind: "subscriber", accountId: req.headers.get(BENCH_ACCOUNT_HEADER) ?? "", sessionVersion: 0 },
    ip: "127.0.0.1",
    locale: "ru",
    visitorSessionKey: null,
    realtime,
  });
  const server = http.createServer((req, res) => {
    const handle = async () => {
      const request = await toFetchRequest(req);
      const response = await fetchRequestHandler({
        endpoint: "/api/trpc",
        req: request,
        router: appRouter,
        createContext: () => createContext(request),
      });
      res.writeHead(response.status, Object.fromEntries(response.headers));
      res.end(Buffer.from(await response.arrayBuffer()));
    };
    handle().catch((error: unknown) => res.writeHead(500).end(String(error)));
  });
  return serveOnLoopback(server);
}
