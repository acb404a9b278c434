/**
 * One entry of a header our proxies append to (X-Forwarded-For, X-Forwarded-Host): `fromRight` entries left of
 * the last one. A chain shorter than that was touched by fewer proxies than configured, so its first entry is the
 * farthest one seen. Entries further left than asked are whatever the client wrote and are never read.
 */
export function proxyChainEntry(header: string | string[] | null | undefined, fromRight: number): string | undefined {
  const chain = [header ?? []]
    .flat()
    .join(",")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  return chain[Math.max(0, chain.length - 1 - fromRight)];
}
