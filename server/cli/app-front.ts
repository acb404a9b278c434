import http from "node:http";
import { logger } from "@/server/log";

type Handle = (req: http.IncomingMessage, res: http.ServerResponse) => Promise<void> | void;

/**
 * X-Forwarded-For as the app should see it: what our own proxies wrote (nothing when none are trusted, so a
 * client-written header is dropped), then the socket's address, appended the way a proxy appends the address
 * it saw. Next itself fills the header only when it is absent, so without this the app would never learn the
 * socket address of a request that brings its own header.
 */
export function forwardedFor(
  received: string | string[] | undefined,
  socketAddress: string | undefined,
  trustedHops: number,
): string {
  const kept = trustedHops > 0 ? [received ?? []].flat() : [];
  // An IPv4 client on a dual-stack socket shows as ::ffff:a.b.c.d; one client must get one limit and one log form.
  const socket = socketAddress?.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/, "");
  return [...kept, socket].filter(Boolean).join(", ");
}

/** `npm start`'s HTTP server: every request reaches `handle` (Next) with X-Forwarded-For rewritten as above. */
export function createAppFront(handle: Handle, trustedHops: number): http.Server {
  return http.createServer((req, res) => {
    req.headers["x-forwarded-for"] = forwardedFor(
      req.headers["x-forwarded-for"],
      req.socket.remoteAddress,
      trustedHops,
    );
    Promise.resolve(handle(req, res)).catch((error: unknown) => {
      logger.error({ event: "http.unhandled", error: String(error) }, "request failed before the app answered");
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  });
}
