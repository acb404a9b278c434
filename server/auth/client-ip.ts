import { env } from "@/server/env.mjs";
import { proxyChainEntry } from "@/server/http/proxy-chain";

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
  return proxyChainEntry(read(headers, "x-forwarded-for"), trustedHops) ?? null;
}
