import { env } from "@/server/env.mjs";

type HeaderSource = Headers | Record<string, string | string[] | undefined>;

function read(headers: HeaderSource, name: string): string | undefined {
  if (headers instanceof Headers) return headers.get(name) ?? undefined;
  const value = headers[name];
  return Array.isArray(value) ? value.join(",") : value;
}

/**
 * The client's address. `npm start`'s front (server/cli/app-front.ts) appends the socket address to
 * X-Forwarded-For, as each proxy of ours appends the address it saw, so only those rightmost entries can
 * be trusted: with `trustedHops` proxies in front, the client is that many entries left of the last one.
 * Anything further left is whatever the client wrote and would let anyone reset the per-IP limits.
 */
export function clientIpFromHeaders(headers: HeaderSource, trustedHops = env().TRUSTED_PROXY_HOPS): string | null {
  const chain = (read(headers, "x-forwarded-for") ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  // A shorter chain means fewer proxies than configured touched the request: its first entry is the farthest seen.
  return chain[Math.max(0, chain.length - 1 - trustedHops)] ?? null;
}
