import { proxyChainEntry } from "./proxy-chain";

/** host[:port] as a browser writes it: a DNS name, an IPv4 address or a bracketed IPv6 address. */
const HOST = /^(\[[0-9a-f:.]+\]|[a-z0-9](?:[a-z0-9.-]{0,251}[a-z0-9])?)(?::\d{1,5})?$/i;

function hostnameOf(value: string | null | undefined): string | null {
  const match = HOST.exec(value?.trim() ?? "");
  return match ? match[1]!.toLowerCase() : null;
}

/**
 * The host name the browser used for this request. Under `next start` the request URL always says localhost, so
 * the page's own links to other origins (the realtime socket) must come from the Host header, or, behind
 * `trustedHops` proxies of ours, from the X-Forwarded-Host entry our outermost proxy wrote (counted from the right,
 * as for X-Forwarded-For). A value that is not a host name is ignored, so nothing a client writes lands in a header.
 */
export function requestHostname(headers: Headers, trustedHops: number): string | null {
  if (trustedHops > 0) {
    const forwarded = hostnameOf(proxyChainEntry(headers.get("x-forwarded-host"), trustedHops - 1));
    if (forwarded) return forwarded;
  }
  return hostnameOf(headers.get("host"));
}
