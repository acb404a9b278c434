/**
 * Decoded session cookies, remembered per cookie value until the token expires. Decoding a next-auth JWT derives
 * its key (HKDF) and decrypts it on every request: a tenth of a chat message's CPU under load. The same cookie
 * value always decodes to the same token, so remembering it changes nothing the decode would decide; the
 * principal is still checked against the database on each request (resolve-principal.ts).
 */
const SESSION_COOKIE = "next-auth.session-token";
// Sessions active on one instance at a time; a value pushed out is decoded again, nothing more.
const MAX_ENTRIES = 2_000;

export interface DecodedSession<P> {
  principal: P | undefined;
  /** Seconds since the epoch, as in the JWT; undefined when the token has none. */
  exp?: number;
}

/** The session cookie's value(s) in a jar: plain, __Secure- prefixed, or chunked as `.0`, `.1`…; "" when none. */
export function sessionCookieKey(jar: Record<string, string>): string {
  return Object.keys(jar)
    .filter((name) => name.includes(SESSION_COOKIE))
    .sort()
    .map((name) => `${name}=${jar[name]}`)
    .join(";");
}

export function createSessionTokenCache<P>(maxEntries = MAX_ENTRIES) {
  const entries = new Map<string, { principal: P | undefined; expiresAtMs: number }>();
  return {
    /** The decoded principal of `key`, decoding it once with `decode`; a token without exp is not remembered. */
    async read(key: string, decode: () => Promise<DecodedSession<P> | null>, nowMs = Date.now()) {
      const hit = entries.get(key);
      if (hit && hit.expiresAtMs > nowMs) return hit.principal;
      if (hit) entries.delete(key);
      const decoded = await decode();
      if (decoded?.exp !== undefined && decoded.exp * 1000 > nowMs) {
        // A Map keeps insertion order: the first key is the oldest one.
        if (entries.size >= maxEntries) entries.delete(entries.keys().next().value!);
        entries.set(key, { principal: decoded.principal, expiresAtMs: decoded.exp * 1000 });
      }
      return decoded?.principal;
    },
    get size() {
      return entries.size;
    },
  };
}
