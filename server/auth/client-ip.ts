type HeaderSource = Headers | Record<string, string | string[] | undefined>;

function read(headers: HeaderSource, name: string): string | undefined {
  if (headers instanceof Headers) return headers.get(name) ?? undefined;
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/**
 * The client's address. Each proxy appends the address it saw to X-Forwarded-For, so only
 * the entries added by our own proxies can be trusted: with `trustedHops` proxies in front,
 * the client is that many entries from the right. The leftmost entries are whatever the
 * client wrote and would let anyone reset the per-IP limits. (Without any header, Next fills
 * in the socket address.)
 */
export function clientIpFromHeaders(headers: HeaderSource, trustedHops = trustedProxyHops()): string | null {
  const chain = (read(headers, "x-forwarded-for") ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  if (chain.length > 0) return chain[Math.max(0, chain.length - Math.max(1, trustedHops))] ?? null;
  return read(headers, "x-real-ip")?.trim() || null;
}

function trustedProxyHops(): number {
  const hops = Number(process.env.TRUSTED_PROXY_HOPS ?? 1);
  return Number.isInteger(hops) && hops >= 1 ? hops : 1;
}
